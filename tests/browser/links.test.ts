import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks } from '../support/links.ts';
import { DIST } from '../support/static-server.ts';

test('every internal link and #anchor in dist/ resolves', () => {
  const { checked, broken } = brokenLinks(DIST);
  assert.ok(checked > 500, `${checked} links checked`);
  assert.deepEqual(broken, []);
});
