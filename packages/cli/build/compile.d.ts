// Types for compile.js (plain JavaScript: it runs before anything is built).
export function transpile(sourceText: string, file: string, outFile: string): string;
export function build(): number;
