import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assignStories } from '../../lib/group/story';

const read = (dir: string, names?: string[]) =>
  (names ?? readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort()).map((n) => readFileSync(join(dir, n), 'utf8'));

test('articles about one story are one story, whatever their length', () => {
  const stories = assignStories(read('corpus'));
  assert.equal(new Set(stories).size, 1);
});

test('a database holding several stories keeps them apart', () => {
  const texts = [
    ...read('corpus'),
    ...read('tests/fixtures/other-subjects', ['quake-daily.txt', 'quake-wire.txt', 'fire-county.txt', 'fire-news.txt']),
    ...read('tests/fixtures/e2e'),
  ];
  const stories = assignStories(texts);
  const [prison, quake, fire, flood, strike] = [stories[0], stories[5], stories[7], stories[9], stories[11]];
  assert.deepEqual(stories, [prison, prison, prison, prison, prison, quake, quake, fire, fire, flood, flood, strike, strike]);
  assert.equal(new Set([prison, quake, fire, flood, strike]).size, 5);
});
