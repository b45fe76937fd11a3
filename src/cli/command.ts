import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { description: string; valueName?: string };

/** One CLI command: its help text is generated from the same table that parses its options. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  examples: string[];
  details?: string;
  options: Record<string, OptionSpec>;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.replace(/\. To specify.*$/su, '')}\nRun "recoupe ${command.name} --help" for usage.`);
  }
}

export function commandHelp(command: Command): string {
  const opts = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(opts).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    const def = spec.default !== undefined && spec.default !== false ? ` (default: ${String(spec.default)})` : '';
    return [flag, spec.description + def] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return [
    `recoupe ${command.name}: ${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    ...(command.details ? ['', command.details] : []),
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

export function stringOption(values: Record<string, unknown>, name: string): string | null {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

export function intOption(values: Record<string, unknown>, name: string, fallback: number): number {
  const v = stringOption(values, name);
  if (v === null) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} wants a whole number, got "${v}"`);
  return n;
}

export function choiceOption<T extends string>(values: Record<string, unknown>, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(values, name);
  if (v === null) return fallback;
  if (!choices.includes(v as T)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}; got "${v}"`);
  return v as T;
}
