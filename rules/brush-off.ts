import { defineRule } from '../src/linter/rule.js';

// PLACEHOLDER: to be replaced by the real rule.
export default defineRule({
  meta: {
    id: 'brush-off',
    kind: 'practice',
    docs: { description: 'placeholder', seed: 'TODO' },
    channels: ['chat'],
    defaultSeverity: 'off',
    messages: {},
  },
  create() {
    return {};
  },
});
