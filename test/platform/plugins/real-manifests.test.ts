import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';

const PLUGINS = fileURLToPath(new URL('../../../plugins', import.meta.url));
const folders = readdirSync(PLUGINS).filter((f) => existsSync(join(PLUGINS, f, 'plugin.json'))).sort();

describe('the plugins that ship', () => {
  it.each(folders)('plugins/%s/plugin.json is a valid manifest', (folder) => {
    const manifest = JSON.parse(readFileSync(join(PLUGINS, folder, 'plugin.json'), 'utf8')) as unknown;
    expect(validateManifest(manifest).problems).toEqual([]);
  });

  it('an operator contribution is checked: argument types and widget names', () => {
    const manifest = { id: 'x', name: 'x', version: '1.0.0', contributes: { operators: [{ id: 'x.op', logic: 1, args: { types: ['text'] }, widget: 'NoDash' }] } };
    expect(validateManifest(manifest).problems.length).toBeGreaterThanOrEqual(2);
  });
});
