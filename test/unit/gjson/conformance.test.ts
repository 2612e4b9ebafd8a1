// Every case of test/fixtures/gjson.jsonl (recorded from tidwall/gjson
// v1.14.4, see test/fixtures/conformance-README.md) gives the same exists,
// type, raw, String() and array elements here, invalid documents included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { get, valid } from '../../../shared/gjson';

interface Case {
  id: string;
  source: string;
  json: string;
  path: string;
  valid_json: boolean;
  expect: { exists: boolean; type: string; raw: string; str: string; array?: string[] };
}

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'gjson.jsonl');
const cases: Case[] = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case);

describe('gjson conformance corpus (Go gjson 1.14.4)', () => {
  it('has all 492 recorded cases', () => {
    expect(cases).toHaveLength(492);
  });

  it.each(cases.map((c) => [`${c.id} ${c.source} ${JSON.stringify(c.path)}`, c] as const))('%s', (_name, c) => {
    const r = get(c.json, c.path);
    const actual: Case['expect'] = { exists: r.exists(), type: r.type, raw: r.raw, str: r.string() };
    if (c.expect.array !== undefined) actual.array = r.array().map((e) => e.string());
    expect(actual).toEqual(c.expect);
    expect(valid(c.json)).toBe(c.valid_json);
  });
});
