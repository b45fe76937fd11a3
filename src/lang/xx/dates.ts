import type { DateRules } from '../../stages/dates/rules.js';
import { resolveYmd } from '../../stages/dates/resolve.js';

/** Every language writes ISO dates the same way; nothing else is known without words. */
export const isoDate = {
  name: 'iso-date',
  pattern: /(?<![\p{L}\p{N}-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}])/gu,
  extract: (m: RegExpExecArray) => resolveYmd(+m.groups!.y!, +m.groups!.m!, +m.groups!.d!),
};

export const dates: DateRules = {
  parsers: [isoDate],
  futureCue: /(?!)/u,
  since: /(?!)/u,
};
