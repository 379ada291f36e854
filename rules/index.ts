/** The built-in rules, by id, in catalog order (DESIGN.md "Rule catalog"). */
import type { RuleModule } from '../src/linter/rule.js';
import apathy from './apathy.js';
import assumption from './assumption.js';
import brushOff from './brush-off.js';
import coldness from './coldness.js';
import condescension from './condescension.js';
import interruption from './interruption.js';
import jargon from './jargon.js';
import missingConfirmation from './missing-confirmation.js';
import missingFollowUp from './missing-follow-up.js';
import missingThanks from './missing-thanks.js';
import noAlternative from './no-alternative.js';
import readability from './readability.js';
import robotism from './robotism.js';
import ruleBook from './rule-book.js';
import runaround from './runaround.js';
import slowResponse from './slow-response.js';
import undocumented from './undocumented.js';
import unfilledPlaceholder from './unfilled-placeholder.js';
import unprofessionalTone from './unprofessional-tone.js';
import unsetExpectations from './unset-expectations.js';

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map(
  [
  apathy,
  brushOff,
  coldness,
  condescension,
  jargon,
  robotism,
  ruleBook,
  runaround,
  unsetExpectations,
  missingFollowUp,
  missingThanks,
  missingConfirmation,
  assumption,
  noAlternative,
  interruption,
  slowResponse,
  undocumented,
  readability,
  unprofessionalTone,
  unfilledPlaceholder,
  ].map((rule) => [rule.meta.id, rule as RuleModule]),
);
