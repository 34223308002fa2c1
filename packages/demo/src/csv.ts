// RFC 4180 field quoting: only fields that need it are quoted, as exports do.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(fields: ReadonlyArray<string>, eol = '\n'): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) out += ',';
    out += csvField(fields[i]);
  }
  return out + eol;
}
