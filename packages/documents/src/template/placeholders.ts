// The {{placeholder}} syntax: one regular expression, one scanner, one filler.

/** `{{ name }}` or `{{ row.name }}`; names are ASCII identifiers. */
const PLACEHOLDER_RE = /\{\{\s*(row\.)?([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export interface PlaceholderRef {
  /** Field name without the `row.` prefix. */
  readonly name: string;
  /** True for `{{row.x}}`: a sub-field of the current list entry. */
  readonly row: boolean;
}

/** Placeholders used in a text, in order. */
export function placeholdersIn(text: string): PlaceholderRef[] {
  return Array.from(text.matchAll(PLACEHOLDER_RE), (m) => ({ name: m[2], row: m[1] !== undefined }));
}

/**
 * Braces that are not a well-formed placeholder (`{{ 地址 }}`, `{{name`),
 * described in Chinese; null when the text is clean. Catching them when the
 * admin saves beats printing `{{name` on a notice.
 */
export function malformedPlaceholder(text: string): string | null {
  const stripped = text.replace(PLACEHOLDER_RE, '');
  const at = stripped.search(/\{\{|\}\}/);
  if (at < 0) return null;
  return `占位符格式错误（应为 {{字段名}}，字段名用英文字母、数字和下划线）：…${stripped.slice(Math.max(0, at - 8), at + 12)}…`;
}

/** Replaces placeholders; `lookup` returns the text of a placeholder. */
export function fillPlaceholders(text: string, lookup: (ref: PlaceholderRef) => string): string {
  return text.replace(PLACEHOLDER_RE, (_all, row: string | undefined, name: string) => lookup({ name, row: row !== undefined }));
}
