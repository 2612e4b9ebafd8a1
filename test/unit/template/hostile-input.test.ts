import { describe, expect, it } from 'vitest';
import { parseTemplate, serializeTemplate } from '../../../shared/template';
import { must } from './support';

const minimal = (body = '') =>
  `<Information Provider="helpdesk" Name="T" MaxConcurrentRequest="1"><Scenarios><Scenario Id="Other" Type="REST">${body}</Scenario></Scenarios></Information>`;

function rejection(input: string | Uint8Array) {
  const { template, diagnostics } = parseTemplate(input);
  expect(template).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  const d = must(diagnostics[0]);
  expect(d.severity).toBe('error');
  expect(d.line).toBeGreaterThanOrEqual(1);
  expect(d.column).toBeGreaterThanOrEqual(1);
  return d;
}

describe('hostile template files', () => {
  it('rejects a file over 1 MB, naming its size', () => {
    const d = rejection(minimal(`<!--${'x'.repeat(2 * 1024 * 1024)}-->`));
    expect(d.message).toMatch(/template is 2,097,3\d\d bytes; the limit is 1,048,576 bytes \(1 MB\)/);
  });

  it('counts bytes, not characters, against the limit', () => {
    // 400k three-byte characters: 1.2 MB in UTF-8, 400k UTF-16 units.
    expect(rejection(minimal(`<!--${'€'.repeat(400_000)}-->`)).message).toMatch(/bytes; the limit/);
  });

  it('rejects billion laughs at the DOCTYPE, before any entity exists', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<Information Name="&lol2;"/>`;
    const d = rejection(laughs);
    expect(d).toMatchObject({ line: 2, column: 1 });
    expect(d.message).toMatch(/DOCTYPE is not allowed/);
  });

  it('rejects external entities', () => {
    const d = rejection(`<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Information>&xxe;</Information>`);
    expect(d.message).toMatch(/DOCTYPE/);
    const bare = rejection(`<Information Name="a">\n  &xxe;\n</Information>`);
    expect(bare).toMatchObject({ line: 2, column: 3 });
    expect(bare.message).toMatch(/unknown entity &xxe;/);
  });

  it('rejects 100k nesting levels at the first level too deep', () => {
    const d = rejection(`<Information>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Information>`);
    expect(d.message).toMatch(/nest deeper than 64 levels/);
    expect(d.line).toBe(1);
  });

  it('rejects too many elements', () => {
    expect(rejection(`<Information>${'<a/>'.repeat(25_000)}</Information>`).message).toMatch(/more than 20000 elements/);
  });

  it('rejects invalid UTF-8 bytes with the line they are on', () => {
    const bytes = new Uint8Array([...Buffer.from('<Information>\n<a b="'), 0xc3, 0x28, ...Buffer.from('"/></Information>')]);
    const d = rejection(bytes);
    expect(d).toMatchObject({ line: 2 });
    expect(d.message).toMatch(/invalid UTF-8 at byte 20/);
  });

  it('accepts XML 1.0 and 1.1 declarations, a BOM and CRLF line ends, and keeps them', () => {
    for (const declaration of ['<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.1'?>"]) {
      const xml = `\uFEFF${declaration}\r\n${minimal()}\r\n`;
      const { template } = parseTemplate(xml);
      expect(serializeTemplate(must(template))).toBe(xml);
      const fromBytes = parseTemplate(Buffer.from(xml, 'utf8'));
      expect(serializeTemplate(must(fromBytes.template))).toBe(xml);
    }
  });

  it('rejects other XML versions and encodings', () => {
    expect(rejection('<?xml version="2.0"?><Information/>').message).toMatch(/unsupported XML version "2.0"/);
    expect(rejection('<?xml version="1.0" encoding="ISO-8859-1"?><Information/>').message).toMatch(/must be UTF-8/);
  });

  it('decodes &#xA; in attribute values to a newline and keeps the reference when saved', () => {
    const xml = minimal('<Parameters><Parameter Name="Description" Value="line 1&#xA;line 2"/></Parameters>');
    const { template } = parseTemplate(xml);
    const p = must(must(must(template).information.scenarios[0]).parameters[0]);
    expect(p.value).toBe('line 1\nline 2');
    p.value = 'line 1\nline 2';
    expect(serializeTemplate(must(template))).toBe(xml);
  });

  it('names the line and cause of broken markup', () => {
    expect(rejection('<Information>\n  <Scenarios>\n  </Scenario>\n</Information>')).toMatchObject({
      line: 3,
      column: 3,
      message: 'expected </Scenarios> (opened at line 2, column 3) but found </Scenario>',
    });
    expect(rejection('<Information>\n<P Value="{ "data": 1 }"/></Information>').message).toMatch(/quote inside an attribute value must be written &quot;/);
    expect(rejection('<Information Name="a & b"/>').message).toMatch(/bare '&'/);
    expect(rejection('<Information Name="a < b"/>').message).toMatch(/'<' is not allowed in attribute values/);
    expect(rejection('<Information>\n<a b="1" b="2"/></Information>')).toMatchObject({ line: 2, message: 'attribute b appears twice in <a>' });
    expect(rejection('<Information><a>').message).toMatch(/<a> is never closed/);
    expect(rejection('<Information/><Information/>').message).toMatch(/second root element/);
    expect(rejection('').message).toMatch(/no root element/);
    expect(rejection('<Template/>').message).toMatch(/root element must be <Information>/);
    expect(rejection('<Information>\u0001</Information>').message).toMatch(/control character U\+0001/);
    expect(rejection('<Information><!-- a -- b --></Information>').message).toMatch(/'--' is not allowed/);
  });
});
