import type { EvalReport, Finding, Ratios } from './types.js';

/** Longest finding text shown in the terminal; `--format json` keeps the whole text. */
const MAX_TEXT = 110;
const FIELD_WIDTH = 14;

function pct(value: number | null): string {
  return value === null ? '-' : (value * 100).toFixed(1);
}

function cells(r: Ratios): string[] {
  return [pct(r.precision), pct(r.recall), pct(r.f1)];
}

function row(field: string, values: readonly (string | number)[]): string {
  return field.padEnd(FIELD_WIDTH) + values.map((v) => String(v).padStart(6)).join('');
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

function describe(f: Finding): string {
  if (f.kind === 'wrong') {
    return `${f.attribute}: expected ${JSON.stringify(f.expected ?? null)}, got ${JSON.stringify(f.got ?? null)} (${clip(f.text)})`;
  }
  return clip(f.text);
}

function table(report: EvalReport): string[] {
  const lines = [
    `${' '.repeat(FIELD_WIDTH + 24)}${'micro'.padStart(17)}${'macro'.padStart(18)}`,
    row('field', ['n', 'gold', 'out', 'match', 'P', 'R', 'F1', 'P', 'R', 'F1']),
  ];
  for (const f of report.fields) {
    const { tp, fp, fn } = f.counts;
    const out = f.kind === 'prf' ? tp + fp : '-';
    lines.push(row(f.field, [f.articles, tp + fn, out, tp, ...cells(f.micro), ...cells(f.macro)]));
  }
  const { tp, fp, fn } = report.overall.counts;
  lines.push(row('overall', [report.articles.length, tp + fn, tp + fp, tp,
    ...cells(report.overall.micro), ...cells(report.overall.macro)]));
  return lines;
}

function accuracies(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const f of report.fields) {
    const parts = Object.entries(f.attributes)
      .map(([name, t]) => `${name} ${t.correct}/${t.total} ${pct(t.accuracy)}`);
    if (parts.length > 0) lines.push(`${f.field.padEnd(FIELD_WIDTH)}${parts.join(' · ')}`);
  }
  return lines;
}

function findings(report: EvalReport): string[] {
  const lines: string[] = [];
  const byArticle = new Map<string, Finding[]>();
  for (const f of report.findings) byArticle.set(f.article, [...(byArticle.get(f.article) ?? []), f]);
  for (const [article, list] of byArticle) {
    lines.push(article);
    for (const f of list) lines.push(`  ${f.field.padEnd(FIELD_WIDTH)}${f.kind.padEnd(8)}${describe(f)}`);
  }
  return lines;
}

/** The report as a terminal page: the score table, accuracies, then every miss and false find. */
export function renderText(report: EvalReport): string {
  const lines = [
    `recoupe eval: ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}, gold ${report.gold}`,
    '',
    ...table(report),
    '',
    'P, R, F1 in %; n: articles scoring the field. Checks rows (metadata, body, label_groups):',
    'gold = checks, match = passed, R = share passed. Recall-only rows (entities_misc, labels)',
    'count no false finds. "-": undefined (nothing to divide by).',
  ];
  const acc = accuracies(report);
  if (acc.length > 0) lines.push('', 'Accuracy over matched items (correct/total %)', ...acc);
  if (report.notAnalysed.length > 0) {
    lines.push('', 'Not analysed (scored as empty output)', ...report.notAnalysed.map((a) => `  ${a}`));
  }
  if (report.failures.length > 0) lines.push('', 'Below the floor', ...report.failures.map((f) => `  ${f}`));
  const found = findings(report);
  lines.push('', found.length > 0 ? 'Misses, false finds, wrong attributes, failed checks' : 'No miss, no false find.', ...found);
  return `${lines.join('\n')}\n`;
}

/** The report as JSON, every finding with its full text. */
export function renderJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderReport(report: EvalReport, format: 'text' | 'json'): string {
  return format === 'json' ? renderJson(report) : renderText(report);
}
