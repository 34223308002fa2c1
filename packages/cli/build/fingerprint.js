// What the compiled JavaScript was built from: every workspace's src/ tree and
// package.json (path, size, mtime of each file and folder, hashed). The build
// records it; bin/sentinel.js runs dist/ only while it still matches, so an
// edited, added or deleted source file means "run from source" (or rebuild),
// never stale JavaScript. Plain JavaScript: it runs before anything is built.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES_DIR = path.join(REPO_ROOT, 'packages');
/** Written last by the build, so a half-finished build is never taken as done. */
export const STAMP_FILE = path.join(PACKAGES_DIR, 'cli', 'dist', '.source-fingerprint');

/**
 * The workspaces that run under Node: those whose package.json exports point
 * into ./src (the web app has its own Vite build and is left out).
 */
export function nodePackages() {
  return readdirSync(PACKAGES_DIR).filter((name) => {
    const file = path.join(PACKAGES_DIR, name, 'package.json');
    if (!existsSync(file)) return false;
    const exports = JSON.parse(readFileSync(file, 'utf8')).exports;
    return exports !== undefined && JSON.stringify(exports).includes('./src/');
  }).sort();
}

function walk(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const st = statSync(full);
    hash.update(`${path.relative(REPO_ROOT, full)}\0${st.size}\0${st.mtimeMs}\n`);
    if (entry.isDirectory()) walk(full, hash);
  }
}

export function sourceFingerprint() {
  const hash = createHash('sha256');
  for (const name of nodePackages()) {
    const dir = path.join(PACKAGES_DIR, name);
    const pkg = statSync(path.join(dir, 'package.json'));
    hash.update(`${name}/package.json\0${pkg.size}\0${pkg.mtimeMs}\n`);
    walk(path.join(dir, 'src'), hash);
  }
  return hash.digest('hex');
}

/** True when every package's dist/ was compiled from the sources as they are now. */
export function compiledIsFresh() {
  return existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8').trim() === sourceFingerprint();
}
