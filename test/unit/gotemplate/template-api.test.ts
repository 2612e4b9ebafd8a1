// The API a template author and the engine see: parse once and execute,
// errors that name the place and the action, the guide's non-Go forms.
import { describe, expect, it } from 'vitest';
import { lint, MAX_NESTING_DEPTH, normalizeCredentialFormat, parse, render, TemplateError } from '../../../shared/gotemplate';

function errorOf(f: () => unknown): TemplateError {
  try {
    f();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parse and execute', () => {
  it('parses once and executes many times with different data', () => {
    const t = parse('subject', '{{.Communication_Type}} {{.Call_Status}} - from {{.Call_From}}');
    expect(t.execute({ Communication_Type: 'Inbound', Call_Status: 'Answered', Call_From: '1001' })).toBe('Inbound Answered - from 1001');
    expect(t.execute({ Communication_Type: 'Outbound', Call_Status: 'Missed', Call_From: '1002' })).toBe('Outbound Missed - from 1002');
  });

  it('prints missing keys and JSON null as empty text, but <nil> inside a printed map as Go does', () => {
    expect(render('[{{.missing}}][{{.Null}}][{{.M}}][{{printf "%v" .missing}}]', { Null: null, M: { a: null } })).toBe('[][][map[a:<nil>]][<nil>]');
  });

  it('reports parse errors with the template name, line and column', () => {
    const e = errorOf(() => parse('desk.xml', 'line one\n  {{.Phone | }}{{if}}'));
    expect(e.phase).toBe('parse');
    expect(e.message).toBe('template: desk.xml:2:19: missing value for if');
    expect(e.line).toBe(2);
  });

  it('reports exec errors naming the action, like Go', () => {
    const e = errorOf(() => render('x\n{{lt .One 1.5}}', { One: 1 }));
    expect(e.phase).toBe('exec');
    expect(e.message).toBe('template: template:2:2: executing "template" at <lt .One 1.5>: error calling lt: incompatible types for comparison');
    expect(e.action).toBe('lt .One 1.5');
    expect(e.location).toMatchObject({ line: 2, column: 2 });
  });

  it('fails on fields of null, as Go does', () => {
    expect(errorOf(() => render('{{.Null.x}}', { Null: null })).phase).toBe('exec');
  });

  it('formats TimeFormat local time in the zone it is given', () => {
    const t = '{{TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss.000Z" "0"}}';
    expect(render(t, { StartTimeUnix: 1672531199 }, { timeZone: 'Europe/Berlin' })).toBe('2023-01-01T00:59:59.000Z');
    expect(render(t, { StartTimeUnix: 1672531199 }, { timeZone: 'Asia/Shanghai' })).toBe('2023-01-01T07:59:59.000Z');
    expect(() => parse('t', t, { timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone/);
  });

  it('uses the host zone when none is given', () => {
    const host = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const t = '{{TimeFormat 1672531199 "yyyy-MM-dd HH:mm" "0"}}';
    expect(render(t, {})).toBe(render(t, {}, { timeZone: host }));
  });

  it('calls functions the caller adds, which win over built-in names', () => {
    const out = render('{{Shout .name}} {{len .name}}', { name: 'bob' }, { funcs: { Shout: (s) => `${String(s).toUpperCase()}!`, len: () => 'custom' } });
    expect(out).toBe('BOB! custom');
    const e = errorOf(() => render('{{Boom}}', {}, { funcs: { Boom: () => { throw new Error('no luck'); } } }));
    expect(e.message).toContain('error calling Boom: no luck');
  });
});

describe('the guide\'s forms that are not Go templates', () => {
  it('reads {{Subject}} without the dot as .Subject and warns with its position', () => {
    const t = parse('d', 'Call {{Call_From}}\n{{Subject | Capitalize}}');
    expect(t.execute({ Call_From: '1001', Subject: 'hello' })).toBe('Call 1001\nHello');
    expect(t.warnings).toHaveLength(2);
    expect(t.warnings[1]).toMatchObject({ line: 2, column: 2 });
    expect(t.warnings[0]?.message).toContain('Call_From');
  });

  it('keeps Go\'s error for unknown functions that take arguments', () => {
    expect(errorOf(() => parse('d', '{{capitalize .x}}')).message).toContain('function "capitalize" not defined');
    expect(errorOf(() => parse('d', '{{.x | Subject}}')).phase).toBe('parse');
  });

  it('can be strict like Go', () => {
    expect(errorOf(() => parse('d', '{{Subject}}', { bareFieldNames: false })).message).toContain('function "Subject" not defined');
  });

  it('lints: warnings for an editor, or the parse error', () => {
    expect(lint('{{Subject}}').warnings).toHaveLength(1);
    expect(lint('{{if}}').error?.phase).toBe('parse');
  });

  it('rewrites the Base64EncodedCredential forms only when asked', () => {
    expect(normalizeCredentialFormat('{{.username:.password}}')).toBe('{{.username}}:{{.password}}');
    expect(normalizeCredentialFormat('{{ .api_key: }}')).toBe('{{.api_key}}');
    expect(normalizeCredentialFormat('{{$x := .a}}{{.b}}')).toBe('{{$x := .a}}{{.b}}');
    expect(render('{{.username:.password}}', { username: 'u', password: 'p' }, { credentialForm: true })).toBe('u:p');
    expect(errorOf(() => parse('c', '{{.username:.password}}')).phase).toBe('parse');
  });
});

describe('hostile nesting', () => {
  it('parses and runs nesting up to the bound in every escaping context', () => {
    for (const escape of ['text', 'json', 'url'] as const) {
      const parens = parse('deep', `{{${'('.repeat(MAX_NESTING_DEPTH)}1${')'.repeat(MAX_NESTING_DEPTH)}}}`, { escape });
      expect(parens.execute({})).toBe('1');
      const ifs = parse('deep', `${'{{if 1}}'.repeat(MAX_NESTING_DEPTH)}x${'{{end}}'.repeat(MAX_NESTING_DEPTH)}`, { escape });
      expect(ifs.execute({})).toBe('x');
    }
  });

  it('refuses deeper nesting with a parse error instead of overflowing the stack', () => {
    const deep = 50_000;
    expect(() => parse('deep', `{{${'('.repeat(deep)}1${')'.repeat(deep)}}}`)).toThrow(/^template: deep:1:\d+: max depth exceeded: parenthesized pipelines/);
    expect(() => parse('deep', `${'{{with 1}}'.repeat(deep)}${'{{end}}'.repeat(deep)}`)).toThrow(/max depth exceeded: control structures/);
  });
});
