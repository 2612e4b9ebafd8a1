// Contextual escaping: whatever a caller's display name contains, the JSON
// body still parses with the value in its field, and the URL still parses
// with the value in its component. Authors' own escapers are not escaped twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, TemplateError } from '../../../shared/gotemplate';

const anyString = fc.string({ unit: 'binary', maxLength: 40 });
const validString = fc.string({ unit: 'grapheme', maxLength: 40 });
const anyValue = fc.oneof(
  anyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('escape: json', () => {
  const body = parse('body', '{"subject": "{{.v}}", "raw": {{.v}}, "pair": "{{.v}}-{{.v}}", "n": {{.n}}}', { escape: 'json' });

  it('keeps any string inside its JSON string, and stands alone as a JSON value', () => {
    fc.assert(
      fc.property(anyString, fc.integer(), (v, n) => {
        const parsed = JSON.parse(body.execute({ v, n })) as Record<string, unknown>;
        expect(parsed).toEqual({ subject: v, raw: v, pair: `${v}-${v}`, n });
      }),
      { numRuns: 500 },
    );
  });

  it('writes any value as a JSON value where it stands alone', () => {
    const t = parse('v', '{"v": {{.v}}}', { escape: 'json' });
    fc.assert(
      fc.property(anyValue, (v) => {
        const parsed = JSON.parse(t.execute({ v })) as { v: unknown };
        if (v === undefined || v === null) expect(parsed.v).toBeNull();
        // -0 is an integral number, so the int 0 in the data model (as Go decodes JSON -0).
        else expect(parsed.v).toEqual(Object.is(v, -0) ? 0 : v);
      }),
      { numRuns: 500 },
    );
  });

  it('does not let a display name close the string and add fields', () => {
    const out = body.execute({ v: 'Bob", "status": "closed', n: 1 });
    expect(JSON.parse(out)).toEqual({ subject: 'Bob", "status": "closed', raw: 'Bob", "status": "closed', pair: 'Bob", "status": "closed-Bob", "status": "closed', n: 1 });
  });

  it('writes missing values and JSON null as empty text inside strings and null outside', () => {
    expect(body.execute({ v: null })).toBe('{"subject": "", "raw": null, "pair": "-", "n": null}');
  });

  it('uses printf "%q" as the whole JSON string as is, turning Go-only escapes into JSON ones', () => {
    const t = parse('q', '{"a": {{printf "%q" .v}}, "b": {{.v | printf "%q"}}}', { escape: 'json' });
    fc.assert(
      fc.property(validString, (v) => {
        const out = t.execute({ v });
        expect(JSON.parse(out)).toEqual({ a: v, b: v });
      }),
      { numRuns: 500 },
    );
    // What the PBX sends, byte for byte, when Go's escapes are JSON's too.
    expect(t.execute({ v: 'Bob "x"\n' })).toBe('{"a": "Bob \\"x\\"\\n", "b": "Bob \\"x\\"\\n"}');
    expect(t.execute({ v: '\x00\x07\x0b' })).toBe('{"a": "\\u0000\\u0007\\u000b", "b": "\\u0000\\u0007\\u000b"}');
  });

  it('escapes printf "%q" again when it sits inside the author\'s quotes', () => {
    const t = parse('q', '{"a": "{{printf "%q" .v}}"}', { escape: 'json' });
    expect(JSON.parse(t.execute({ v: 'x' }))).toEqual({ a: '"x"' });
  });

  it('follows strings across branches and loops of the author\'s text', () => {
    const t = parse('l', '{"tags": [{{range $i, $t := .tags}}{{if $i}},{{end}}"{{$t}}"{{end}}], "n": "{{if .n}}{{.n}}{{else}}none{{end}}"}', {
      escape: 'json',
    });
    expect(JSON.parse(t.execute({ tags: ['a"b', 'c\\'], n: 0 }))).toEqual({ tags: ['a"b', 'c\\'], n: 'none' });
  });

  it('refuses templates whose branches leave the JSON string state differently', () => {
    expect(() => parse('b', '{"a": {{if .x}}"{{end}}x"}', { escape: 'json' })).toThrow(/branches end in different contexts/);
    expect(() => parse('b', '{"a": "\\{{.x}}"}', { escape: 'json' })).toThrow(TemplateError);
  });
});

describe('escape: url', () => {
  const url = parse('url', 'https://api.example.com/t/{{.v}}/c?q={{.v}}&r=1#{{.v}}', { escape: 'url' });

  it('keeps any value inside its path segment, query value and fragment', () => {
    fc.assert(
      fc.property(validString, (v) => {
        fc.pre(v !== '.' && v !== '..');
        const u = new URL(url.execute({ v }));
        expect(u.host).toBe('api.example.com');
        const segments = u.pathname.split('/');
        expect(segments).toHaveLength(4);
        expect(decodeURIComponent(segments[2] ?? '')).toBe(v);
        expect([...u.searchParams.keys()]).toEqual(['q', 'r']);
        expect(u.searchParams.get('q')).toBe(v);
        expect(decodeURIComponent(u.hash.slice(1))).toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers, booleans and missing values in place too', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const u = new URL(url.execute({ v }));
        const text = v === undefined || v === null ? '' : String(v);
        // Only safe integers are ints in the data model; other numbers are floats,
        // printed Go's way (1e+21, 9.007199254740994e+15): they must still read back as the same number.
        if (typeof v === 'number' && !Number.isSafeInteger(v)) expect(Number(u.searchParams.get('q'))).toBe(v);
        else expect(u.searchParams.get('q')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('does not let a name add query parameters, a fragment or path segments', () => {
    const u = new URL(url.execute({ v: 'a&b=c#d/..' }));
    expect(u.pathname).toBe('/t/a%26b%3Dc%23d%2F../c');
    expect(u.searchParams.get('q')).toBe('a&b=c#d/..');
    expect([...u.searchParams.keys()]).toEqual(['q', 'r']);
  });

  it('refuses "." and ".." as a whole path segment, which would change the resource', () => {
    for (const v of ['.', '..']) expect(() => url.execute({ v })).toThrow(/cannot be a URL path segment/);
  });

  it('does not escape UrlEncode or urlquery output again', () => {
    const t = parse('u', 'https://h.example/t/{{UrlEncode .v}}?q={{UrlEncode .v}}&p={{urlquery .v}}', { escape: 'url' });
    fc.assert(
      fc.property(validString, (v) => {
        fc.pre(v !== '.' && v !== '..');
        const u = new URL(t.execute({ v }));
        expect(decodeURIComponent(u.pathname.split('/')[2] ?? '')).toBe(v);
        expect(u.searchParams.get('q')).toBe(v);
        expect(u.searchParams.get('p')).toBe(v);
      }),
      { numRuns: 500 },
    );
    expect(t.execute({ v: 'hello world!' })).toBe('https://h.example/t/hello%20world%21?q=hello%20world%21&p=hello+world%21');
  });

  it('lets a setting supply the scheme and host at the start, only normalized', () => {
    const t = parse('u', '{{.domain_url}}/{{.CustomValue}}/tab/{{Capitalize .ContactSyncType}}/{{.ContactId}}', { escape: 'url' });
    expect(t.execute({ domain_url: 'https://crm.example.com', CustomValue: 'crm', ContactSyncType: 'contacts', ContactId: '4 2' })).toBe(
      'https://crm.example.com/crm/tab/Contacts/4%202',
    );
    const host = parse('h', 'https://{{.domain}}/api/v1/tickets/{{.TicketId}}/comments', { escape: 'url' });
    expect(host.execute({ domain: 'desk.example.com:8443', TicketId: '7/../../admin' })).toBe(
      'https://desk.example.com:8443/api/v1/tickets/7%2F..%2F..%2Fadmin/comments',
    );
  });
});

describe('escape: text', () => {
  it('writes values as they are, missing values as empty text', () => {
    const t = parse('s', '{{.Communication_Type}} {{.Call_Status}} - from {{.Call_From}} to {{.missing}}');
    expect(t.execute({ Communication_Type: 'Inbound', Call_Status: 'Answered', Call_From: 'Bob "x" <1001>' })).toBe(
      'Inbound Answered - from Bob "x" <1001> to ',
    );
  });
});
