// Newer editions write the guide's TimeFormat example with a trailing `z`:
// `"yyyy-MM-ddTHH:mm:ss.000Zz"`. Under the reference semantics
// (test/fixtures/conformance-README.md) `z` is not a token, so it is printed
// as is: the text is the 2025 layout's text followed by a literal `z`.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../shared/gotemplate';
import { buildGoReference } from '../../support/go-reference';
import { requireTools } from '../../support/tools';

const go = requireTools('go');
const data = { StartTimeUnix: 1672531199 };
const layout2025 = '{{ TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss.000Z" "1" }}';
const layoutNewer = '{{ TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss.000Zz" "1" }}';

const render = (template: string, timeZone = 'Europe/Berlin', values: Record<string, unknown> = data) => parse('t', template, { timeZone }).execute(values);

describe('the newer TimeFormat example "yyyy-MM-ddTHH:mm:ss.000Zz"', () => {
  it('prints the 2025 layout text followed by a literal z (z is not a format token)', () => {
    expect(render(layout2025)).toBe('2022-12-31T23:59:59.000Z');
    expect(render(layoutNewer)).toBe('2022-12-31T23:59:59.000Zz');
    expect(render(layoutNewer)).toBe(`${render(layout2025)}z`);
  });

  it('gives the guide\'s stated 2023-01-01T00:59:59.000Z only in local time (Europe/Berlin), again with the literal z', () => {
    expect(render(layoutNewer.replace('"1"', '"0"'))).toBe('2023-01-01T00:59:59.000Zz');
    expect(render(layoutNewer.replace('"1"', '"0"'), 'Asia/Shanghai')).toBe('2023-01-01T07:59:59.000Zz');
  });

  it('is empty for a missing time, as every TimeFormat is', () => {
    expect(render(layoutNewer, 'UTC', {})).toBe('');
  });

  it.skipIf(!go.ok)(`agrees with the Go reference ${go.reason}`, async () => {
    const binary = await buildGoReference('gotemplate');
    const cases = [layout2025, layoutNewer, layoutNewer.replace('"1"', '"0"')].map((template) => ({ template, data, tz: 'Europe/Berlin' }));
    const lines = execFileSync(binary, [], { input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n', encoding: 'utf8' }).trim().split('\n');
    const theirs = lines.map((l) => (JSON.parse(l) as { out?: string }).out);
    expect(theirs).toEqual(cases.map((c) => render(c.template, c.tz)));
    expect(theirs[1]).toBe('2022-12-31T23:59:59.000Zz');
  });
});
