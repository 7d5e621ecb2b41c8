import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SETTINGS, normalizeBase, readSettings } from '../settings.ts';

test('settings: defaults, and each variable read from the environment', () => {
  assert.deepEqual(readSettings({}), { content: resolve('content'), out: 'dist', site: 'http://localhost:4321', siteSet: false, base: '/', shardSize: 1000 });
  assert.deepEqual(
    readSettings({
      DUIZHAO_CONTENT: '/tmp/lib',
      DUIZHAO_OUT: '/tmp/site',
      DUIZHAO_SITE: 'https://portal.example',
      DUIZHAO_BASE: 'duizhao',
      DUIZHAO_SHARD_SIZE: '20',
    }),
    { content: '/tmp/lib', out: '/tmp/site', site: 'https://portal.example', siteSet: true, base: '/duizhao/', shardSize: 20 },
  );
  assert.throws(() => readSettings({ DUIZHAO_SHARD_SIZE: 'many' }), /DUIZHAO_SHARD_SIZE must be a whole number/);
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('/'), '/');
  assert.equal(normalizeBase('/a/b'), '/a/b/');
  assert.equal(normalizeBase('//duizhao//'), '/duizhao/');
});

test('the README documents every setting', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
  for (const setting of SETTINGS) assert.match(readme, new RegExp(`\\| \`${setting.name}\` \\|`), setting.name);
  assert.deepEqual(
    SETTINGS.map((s) => s.name),
    ['DUIZHAO_CONTENT', 'DUIZHAO_OUT', 'DUIZHAO_SITE', 'DUIZHAO_BASE', 'DUIZHAO_SHARD_SIZE'],
  );
});
