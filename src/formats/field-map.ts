/**
 * What the generic CSV and JSON maps share: checking a map against what a file
 * holds, and turning a row's (or a message's) role, author and time values into a
 * role and dates as the map says.
 */
import type { Channel, Role } from '../model.js';
import { parseTimeValue, roleFromValue } from './json-platform.js';
import type { MessageFieldMap, ParseContext } from './types.js';

export function roleOfValues(map: MessageFieldMap, context: ParseContext, role: string | undefined, author: string | undefined): Role | undefined {
  if (map.role !== undefined) return roleFromValue(role, map.roles, context, map.defaultRole);
  return roleFromValue(author, map.roles, context, map.defaultRole);
}

/** Why a row or message has no role, for the problem message. */
export function unmappedRole(map: MessageFieldMap, role: string | undefined, author: string | undefined, where: string): string {
  const field = map.role !== undefined ? map.role : map.author!;
  const value = map.role !== undefined ? role : author;
  if (value === undefined || value.trim() === '') return `"${field}" is empty`;
  return `"${field}" value "${value}" is not a role; map it under ${where}.roles (e.g. { agent: ["${value}"] }) or set ${where}.defaultRole`;
}

export function timesOf(map: MessageFieldMap, time: string | undefined, endTime: string | undefined, duration: string | undefined): { timestamp?: Date; endTimestamp?: Date } {
  const timestamp = parseTimeValue(time, map.timeUnit ?? 'auto');
  let endTimestamp = parseTimeValue(endTime, map.timeUnit ?? 'auto');
  if (!endTimestamp && timestamp && duration !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(duration)) {
    endTimestamp = new Date(timestamp.getTime() + Number(duration) * (map.durationUnit === 'ms' ? 1 : 1000));
  }
  return { timestamp, endTimestamp };
}

export function channelOfMap(map: MessageFieldMap, context: ParseContext): Channel {
  if (map.channel) return map.channel;
  return context.channel && context.channel !== 'macro' ? context.channel : 'chat';
}
