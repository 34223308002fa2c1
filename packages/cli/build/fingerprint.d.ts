// Types for fingerprint.js (plain JavaScript: bin/sentinel.js runs it before anything is built).
export const REPO_ROOT: string;
export const STAMP_FILE: string;
export function nodePackages(): string[];
export function sourceFingerprint(): string;
export function compiledIsFresh(): boolean;
