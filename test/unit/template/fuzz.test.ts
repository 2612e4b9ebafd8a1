// Throws malformed and malicious documents at parseTemplate: nothing may
// escape as an exception, every rejection carries a line, and every accepted
// document serializes back to exactly its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, serializeTemplate } from '../../../shared/template';
import { guideFiles, must, readGuide, wrapFragment } from './support';

const corpus = guideFiles().map((f) => wrapFragment(readGuide(f)));

const hostile = [
  '<!DOCTYPE x [<!ENTITY a "&b;&b;">]>', '&lol9;', '<!ENTITY x SYSTEM "file:///etc/passwd">', '&#x0;', '&#xD800;', '&#99999999999;',
  ']]>', '<![CDATA[', '<?xml version="1.1"?>', '<?xml version="9"?>', '\uFEFF', '\r\n', '&#xA;', '"', "'", '<', '>', '&', '/>', '</',
  '<Scenario Id="AuthMethod" Type="AUTH">', '</Scenario>', '{{', '}}', '{{.Phone', '{{ if .X }}', '<!--', '-->', '\u0000', '\uFFFE', '\uD800',
  ' Father="Nope"', ' Method="BREW"', ' Next="Missing"', ' Editor="list"', '<a>'.repeat(70), 'é', '😀',
];

type Mutation = { at: number; kind: 'insert' | 'delete' | 'replace' | 'truncate' | 'duplicate'; text: string; length: number };

function mutate(base: string, mutations: readonly Mutation[]): string {
  let s = base;
  for (const m of mutations) {
    const at = m.at % (s.length + 1);
    switch (m.kind) {
      case 'insert': s = s.slice(0, at) + m.text + s.slice(at); break;
      case 'delete': s = s.slice(0, at) + s.slice(at + m.length); break;
      case 'replace': s = s.slice(0, at) + m.text + s.slice(at + m.length); break;
      case 'truncate': s = s.slice(0, at); break;
      case 'duplicate': s = s.slice(0, at) + s.slice(at, at + m.length * 20) + s.slice(at); break;
    }
  }
  return s;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'truncate', 'duplicate'),
  text: fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
  length: fc.integer({ min: 1, max: 40 }),
});

function checkOutcome(input: string | Uint8Array): void {
  let result: ReturnType<typeof parseTemplate> | undefined;
  expect(() => {
    result = parseTemplate(input);
  }).not.toThrow();
  const { template, diagnostics } = must(result);
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/internal error/);
  }
  if (template === undefined) {
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  } else if (typeof input === 'string') {
    expect(serializeTemplate(template)).toBe(input);
  }
}

describe('parseTemplate under fuzzing', () => {
  it('survives 6,000 mutated guide templates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 6 }), (base, mutations) => {
        checkOutcome(mutate(base, mutations));
      }),
      { numRuns: 6000 },
    );
  });

  it('survives 2,000 random documents built from XML-ish pieces', () => {
    const piece = fc.oneof(fc.constantFrom(...hostile, '<Information>', '</Information>', '<Scenarios>', '</Scenarios>', '<Parameter Name="x" Value="y"/>', ' ', '\n'), fc.string({ maxLength: 5 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => checkOutcome(pieces.join(''))), { numRuns: 2000 });
  });

  it('survives 2,000 random byte strings and mutated UTF-8 bytes', () => {
    const encoded = corpus.map((c) => Buffer.from(c, 'utf8'));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.constantFrom(...encoded), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([base, at, noise]) => {
        const cut = at % base.length;
        return new Uint8Array([...base.subarray(0, cut), ...noise, ...base.subarray(cut)]);
      }),
    );
    fc.assert(fc.property(bytes, (b) => checkOutcome(b)), { numRuns: 2000 });
  });

  it('survives large hostile documents', () => {
    const big = [
      `<Information>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Information>`,
      `<Information Name="${'x'.repeat(2 * 1024 * 1024)}"/>`,
      `<Information>${'<!--'.repeat(200_000)}`,
      `<Information Name="${'&amp;'.repeat(150_000)}"/>`,
      `<Information>${'{{'.repeat(300_000)}</Information>`,
      `<Information ${Array.from({ length: 70 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
      `<Information><Scenarios><Scenario Id="SyncContactAuto" Type="REST"><Requests><Request Name="C" Method="GET" URLFormat="https://x/{{${'('.repeat(50_000)}}}"><Outputs><Output Name="ContactsId" Path="${'#('.repeat(50_000)}"/></Outputs></Request></Requests></Scenario></Scenarios></Information>`,
    ];
    for (const doc of big) checkOutcome(doc);
  });
});
