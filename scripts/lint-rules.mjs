// The project's lint rules, on a real TypeScript parser (@babel/parser, pure JavaScript):
//  1. layers: imports point one way only (DESIGN.md): base → core → platform → workbench → plugins;
//  2. no eval / new Function / Function() anywhere in src/, plugins/ and bin/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from '@babel/parser';

/** Which layer a file belongs to, by its path relative to the project root. */
export function layerOf(rel) {
  const p = rel.split(sep).join('/');
  if (p.startsWith('src/base/')) return 'base';
  if (p.startsWith('src/core/')) return 'core';
  if (p.startsWith('src/platform/')) return 'platform';
  if (p.startsWith('src/workbench/')) return 'workbench';
  if (p.startsWith('plugins/')) return 'plugin';
  if (p.startsWith('bin/')) return 'bin';
  if (p.startsWith('src/')) return 'app';
  return 'other';
}

const ALLOWED = {
  base: new Set(['base']),
  core: new Set(['base', 'core']),
  platform: new Set(['base', 'core', 'platform']),
  workbench: new Set(['base', 'core', 'platform', 'workbench']),
  bin: new Set(['base', 'core', 'bin']),
};

/** npm packages a layer may not use (core must run in Node and workers: no DOM libraries). */
const BANNED_PACKAGES = {
  base: /^(?!$)/, // base imports no packages at all
  core: /^(lit|@lit\/|@lit-labs\/|idb|monaco-editor|chart\.js|@vscode\/codicons)/,
  bin: /^(lit|@lit\/|@lit-labs\/|idb|monaco-editor|chart\.js|@vscode\/codicons)/,
  platform: /^(lit|@lit\/|@lit-labs\/|monaco-editor|chart\.js)/,
};

// api.ts for elements and plugin code; worker-api.ts for plugin Web Workers (no DOM behind it).
const PLUGIN_API = new Set(['src/workbench/api.ts', 'src/workbench/worker-api.ts', 'src/workbench/rule-builder-api.ts']);

function checkImport(rel, specifier, root) {
  const from = layerOf(rel);
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
    const banned = BANNED_PACKAGES[from];
    if (banned && banned.test(specifier)) return `layer "${from}" may not import the package "${specifier}"`;
    return undefined;
  }
  const target = relative(root, resolve(root, dirname(rel), specifier.replace(/\?.*$/, ''))).split(sep).join('/');
  const to = layerOf(target);
  if (from === 'plugin') {
    const ownFolder = rel.split(sep).slice(0, 2).join('/');
    if (to === 'plugin') return target.startsWith(`${ownFolder}/`) ? undefined : `a plugin may not import another plugin's files (${target})`;
    if (to === 'base' || to === 'core') return undefined;
    if (PLUGIN_API.has(target)) return undefined;
    if (target.startsWith('schemas/') || target.startsWith('node_modules/')) return undefined;
    return `plugins may import only src/base, src/core, src/workbench/api.ts, worker-api.ts and rule-builder-api.ts, not ${target}`;
  }
  const allowed = ALLOWED[from];
  if (!allowed) return undefined; // app entry, tests, scripts: composition roots may import anything
  if (to === 'other') return target.startsWith('schemas/') ? undefined : `layer "${from}" may not import ${target}`;
  if (!allowed.has(to)) return `layer "${from}" may not import from layer "${to}" (${target})`;
  return undefined;
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'extra') continue;
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

function isGlobalEval(callee) {
  if (callee.type === 'Identifier') return callee.name === 'eval' || callee.name === 'Function';
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier') {
    return ['window', 'globalThis', 'self'].includes(callee.object.name) && ['eval', 'Function'].includes(callee.property.name);
  }
  return false;
}

export function lintFile(root, rel) {
  const source = readFileSync(join(root, rel), 'utf8');
  const problems = [];
  let program;
  try {
    program = parse(source, {
      sourceType: 'module',
      sourceFilename: rel,
      createImportExpressions: true,
      plugins: /\.m?ts$/.test(rel) ? ['typescript'] : [],
    }).program;
  } catch (error) {
    return [{ file: rel, line: error.loc?.line ?? 0, rule: 'syntax', message: error.message }];
  }
  const checkRequest = (specifier, line) => {
    const message = checkImport(rel, specifier, root);
    if (message) problems.push({ file: rel, line, rule: 'layers', message });
  };
  walk(program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source) checkRequest(node.source.value, node.loc.start.line);
        break;
      case 'ImportExpression':
        if (node.source.type === 'StringLiteral') checkRequest(node.source.value, node.loc.start.line);
        break;
      case 'CallExpression':
      case 'NewExpression':
        if (isGlobalEval(node.callee)) {
          const name = node.callee.type === 'Identifier' ? node.callee.name : node.callee.property.name;
          problems.push({ file: rel, line: node.loc.start.line, rule: 'no-eval', message: `${node.type === 'NewExpression' ? 'new ' : ''}${name}() is banned: rules must run under a strict Content-Security-Policy` });
        }
        break;
    }
  });
  return problems;
}

function listFiles(root, dir) {
  const out = [];
  let names;
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...listFiles(root, rel));
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Lints src/, plugins/ and bin/ below root; returns every problem found. */
export function lintTree(root) {
  const files = ['src', 'plugins', 'bin'].flatMap((dir) => listFiles(root, dir));
  return { files: files.length, problems: files.flatMap((rel) => lintFile(root, rel)) };
}
