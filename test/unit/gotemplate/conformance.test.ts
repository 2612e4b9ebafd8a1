// Every case of the Go text/template corpus (test/fixtures/gotemplate.jsonl):
// same output (with Go's "<no value>" removed: we print missing values as
// empty text), or an error in the same phase.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TemplateError } from '../../../shared/gotemplate';

interface Case {
  id: string;
  source: string;
  template: string;
  data: unknown;
  tz: string;
  expect: { out: string } | { error: string; phase: 'parse' | 'exec' };
}

const file = resolve(import.meta.dirname, '../../fixtures/gotemplate.jsonl');
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

function run(c: Case): { out: string } | { error: string; phase: string } {
  try {
    const t = parse('t', c.template, { timeZone: c.tz });
    try {
      return { out: t.execute(c.data) };
    } catch (e) {
      if (e instanceof TemplateError) return { error: e.message, phase: e.phase };
      throw e;
    }
  } catch (e) {
    if (e instanceof TemplateError) return { error: e.message, phase: e.phase };
    throw e;
  }
}

describe('Go text/template conformance corpus', () => {
  it('has the 180 cases the README promises', () => {
    expect(cases).toHaveLength(180);
  });

  it.each(cases.map((c) => [`${c.id} ${c.source}: ${c.template}`, c] as const))('%s', (_name, c) => {
    const got = run(c);
    if ('out' in c.expect) {
      expect(got).toEqual({ out: c.expect.out.replaceAll('<no value>', '') });
    } else {
      expect(got).toMatchObject({ phase: c.expect.phase });
    }
  });
});
