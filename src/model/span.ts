/** A half-open range [start, end) of UTF-16 indices into a document's one clean text. */
export interface Span {
  start: number;
  end: number;
}

export interface LabeledSpan extends Span {
  label: string;
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Shrinks a span so it neither starts nor ends on white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
