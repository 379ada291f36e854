import type { Role } from '../model.js';

/** Speaker labels every team uses; the config's `roles` adds to these. */
export const DEFAULT_ROLE_LABELS: Readonly<Record<Role, readonly string[]>> = {
  agent: ['agent', 'support', 'rep', 'representative', 'advisor', 'adviser', 'operator', 'staff', 'admin', 'csr', 'specialist'],
  customer: ['customer', 'client', 'user', 'caller', 'visitor', 'guest', 'requester', 'lead', 'end-user', 'end user'],
  bot: ['bot', 'chatbot', 'virtual agent', 'virtual assistant'],
  system: ['system'],
  note: ['note', 'internal note', 'private note'],
};

/** Label (lower case) → role, the config's labels taking precedence over the defaults. */
export function buildRoleLabels(extra: Partial<Record<Role, readonly string[]>> = {}): Map<string, Role> {
  const labels = new Map<string, Role>();
  for (const [role, names] of Object.entries(DEFAULT_ROLE_LABELS) as Array<[Role, readonly string[]]>) {
    for (const name of names) labels.set(name.toLowerCase(), role);
  }
  for (const [role, names] of Object.entries(extra) as Array<[Role, readonly string[] | undefined]>) {
    for (const name of names ?? []) labels.set(name.toLowerCase(), role);
  }
  return labels;
}

/** Parses an ISO date, a Unix time in seconds or milliseconds; undefined when it is none of these. */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(value < 1e11 ? value * 1000 : value);
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
