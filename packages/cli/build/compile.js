#!/usr/bin/env node
// The production build of the Node workspaces: every packages/<name>/src/**/*.ts
// becomes packages/<name>/dist/**/*.js, file by file (TypeScript's
// transpileModule; type checking is `npm run typecheck`'s job). dist/ mirrors
// src/, so paths taken relative to import.meta.url (migrations, templates, the
// web bundle) resolve the same from both. Imports of other workspaces
// (`@sentinel/db`) are rewritten to relative paths into their dist/, so the
// compiled tree runs on plain `node`: no tsx loader, no package conditions.
// Development and tests keep running the TypeScript sources through tsx.
//
//   node packages/cli/build/compile.js             build
//   node packages/cli/build/compile.js --if-stale  build unless dist/ matches the sources
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compiledIsFresh, nodePackages, REPO_ROOT, sourceFingerprint, STAMP_FILE } from './fingerprint.js';

const COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  rewriteRelativeImportExtensions: true,
};

function packageDir(name) {
  return path.join(REPO_ROOT, 'packages', name);
}

const exportsCache = new Map();
function exportsOf(dir) {
  if (!exportsCache.has(dir)) exportsCache.set(dir, JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).exports ?? {});
  return exportsCache.get(dir);
}

/** `@sentinel/<pkg>[/<subpath>]` → the compiled file its package.json export names, or null for other specifiers. */
function compiledTarget(specifier) {
  const m = /^@sentinel\/([^/]+)(\/.+)?$/.exec(specifier);
  if (!m) return null;
  const dir = packageDir(m[1]);
  const exports = exportsOf(dir);
  const entry = exports[m[2] ? `.${m[2]}` : '.'];
  if (typeof entry !== 'string' || !entry.startsWith('./src/') || !entry.endsWith('.ts')) {
    throw new Error(`${specifier}: no ./src/*.ts export in packages/${m[1]}/package.json`);
  }
  return path.join(dir, 'dist', entry.slice('./src/'.length).replace(/\.ts$/, '.js'));
}

function relativeSpecifier(fromFile, target) {
  const rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** A transformer that points workspace imports (static, re-exports, literal dynamic imports) at the compiled files. */
function workspaceImports(outFile) {
  return (context) => {
    const { factory } = context;
    const rewrite = (literal) => {
      const target = compiledTarget(literal.text);
      return target ? factory.createStringLiteral(relativeSpecifier(outFile, target)) : null;
    };
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = rewrite(node.moduleSpecifier);
        if (spec) return factory.updateImportDeclaration(node, node.modifiers, node.importClause, spec, node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = rewrite(node.moduleSpecifier);
        if (spec) return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, spec, node.attributes);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
        const spec = rewrite(node.arguments[0]);
        if (spec) return factory.updateCallExpression(node, node.expression, node.typeArguments, [spec, ...node.arguments.slice(1)]);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** One TypeScript file's JavaScript, its workspace imports pointed at `outFile`'s compiled neighbours. */
export function transpile(sourceText, file, outFile) {
  const out = ts.transpileModule(sourceText, {
    fileName: file,
    compilerOptions: COMPILER_OPTIONS,
    reportDiagnostics: true,
    transformers: { before: [workspaceImports(outFile)] },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const text = ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => REPO_ROOT, getNewLine: () => '\n' });
    throw new Error(`编译失败 compile failed:\n${text}`);
  }
  return out.outputText;
}

function compilePackage(name) {
  const src = path.join(packageDir(name), 'src');
  const dist = path.join(packageDir(name), 'dist');
  rmSync(dist, { recursive: true, force: true });
  const files = sourceFiles(src);
  for (const file of files) {
    const outFile = path.join(dist, path.relative(src, file)).replace(/\.ts$/, '.js');
    const js = transpile(readFileSync(file, 'utf8'), file, outFile);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, js);
  }
  return files.length;
}

export function build() {
  const fingerprint = sourceFingerprint(); // taken first: an edit during the build makes the next check stale
  rmSync(STAMP_FILE, { force: true });
  let count = 0;
  for (const name of nodePackages()) count += compilePackage(name);
  writeFileSync(STAMP_FILE, `${fingerprint}\n`);
  return count;
}

function cli() {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && compiledIsFresh()) return;
  const started = performance.now();
  if (ifStale) process.stdout.write(existsSync(STAMP_FILE) ? '源码已变更，正在重新编译 sources changed, recompiling…\n' : '首次启动：正在编译 compiling the server…\n');
  const count = build();
  process.stdout.write(`编译完成 compiled ${count} files to packages/*/dist in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cli();
