import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateStore, TemplateStoreError } from '../../../main/store/templates';

const template = (name: string, key?: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<!-- hand-written -->
<Information Provider="helpdesk" Name="${name}"${key ? ` Key="${key}"` : ''} MaxConcurrentRequest="2" AuthType="none">
  <Scenarios>
    <Scenario Id="SyncContactAuto" Type="REST">
      <Requests>
        <Request Name="Contacts" Method="GET" URLFormat="https://desk.test/c?phone={{.Phone}}">
          <Outputs>
            <Output Name="ContactsId" Path="data.#.id"/>
            <Output Name="FirstName" Path="data.#.name"/>
            <Output Name="MobileNumber" Path="data.#.mobile"/>
          </Outputs>
        </Request>
      </Requests>
    </Scenario>${extra}
  </Scenarios>
</Information>
`;

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

function rejection(action: () => unknown): TemplateStoreError {
  try {
    action();
  } catch (error) {
    if (error instanceof TemplateStoreError) return error;
    throw error;
  }
  throw new Error('expected a TemplateStoreError');
}

describe('the custom template store', () => {
  let dir: string;
  let store: TemplateStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ringdesk-templates-'));
    store = new TemplateStore(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uploads, lists, downloads byte for byte, edits and deletes', () => {
    const xml = template('Acme Desk', 'acme');
    const added = store.upload(Buffer.from(xml), 'acme.xml');
    expect(added).toMatchObject({ key: 'acme', name: 'Acme Desk', provider: 'helpdesk', logo: undefined });
    expect(store.list().map((s) => s.key)).toEqual(['acme']);
    const download = store.download('acme');
    expect(download.fileName).toBe('Acme-Desk.xml');
    expect(Buffer.from(download.content).toString('utf8')).toBe(xml);

    store.edit('acme', xml.replace('Name="Acme Desk"', 'Name="Acme Support"'));
    expect(store.list()[0]?.name).toBe('Acme Support');
    expect(store.read('acme').xml).toContain('<!-- hand-written -->');
    store.delete('acme');
    expect(store.list()).toEqual([]);
  });

  it('generates a Key when the template has none, changing nothing else', () => {
    const xml = template('No Key');
    const { key } = store.add(xml);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(store.read(key).xml).toBe(xml.replace('Name="No Key"', `Name="No Key" Key="${key}"`));
  });

  it('keeps Keys and Names unique and refuses an eleventh template', () => {
    store.add(template('One', 'one'));
    expect(rejection(() => store.add(template('Other', 'one'))).message).toBe('template: a template with Key one already exists');
    expect(rejection(() => store.add(template('one', 'two'), 'two.xml')).message).toBe('two.xml: a template named "One" already exists (Key one); names must be unique');
    for (let i = 2; i <= 10; i++) store.add(template(`T${i}`, `t${i}`));
    expect(rejection(() => store.add(template('Eleven', 'eleven'))).message).toBe('at most 10 custom templates; delete one before adding another');
    expect(rejection(() => store.edit('one', template('One', 'changed'))).message).toMatch(/a template's Key cannot change/);
  });

  it('rejects invalid templates with the file, line and cause, and stores nothing', () => {
    const broken = rejection(() => store.upload(Buffer.from('<Information>\n  <Scenarios>\n</Information>'), 'broken.xml'));
    expect(broken.message).toBe('template rejected: broken.xml:3:1: expected </Scenarios> (opened at line 2, column 3) but found </Information>');
    const big = rejection(() => store.upload(Buffer.alloc(1_100_000, 0x20), 'big.xml'));
    expect(big.message).toMatch(/big.xml:1:1: template is 1,100,000 bytes; the limit is 1,048,576 bytes/);
    expect(rejection(() => store.add(template('Bad key', '../escape'))).message).toMatch(/Key "..\/escape" must be/);
    expect(store.list()).toEqual([]);
  });

  it('never stores a secret: a password field with a value is rejected without echoing it', () => {
    const auth = `
    <Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="none"/><Parameter Father="CustomFieldList" Name="api_key" Editor="password" Title="Key" Value="sk_live_123"/></Parameters></Scenario>`;
    const error = rejection(() => store.add(template('Leaky', 'leaky', auth)));
    expect(error.message).toMatch(/password field api_key carries a Value; templates must not hold secrets/);
    expect(error.message).not.toContain('sk_live_123');
    expect(readdirSync(dir)).not.toContain('leaky');
  });

  it('accepts PNG and JPEG logos by content, up to 500 KB', () => {
    store.add(template('Logo', 'logo'));
    expect(store.setLogo('logo', png)).toBe('png');
    expect(store.list()[0]?.logo).toBe('png');
    expect(store.setLogo('logo', jpeg)).toBe('jpg');
    expect(Buffer.from(store.logo('logo')?.bytes ?? [])).toEqual(Buffer.from(jpeg));
    expect(rejection(() => store.setLogo('logo', Buffer.from('<svg/>'))).message).toMatch(/must be a PNG or JPEG image/);
    const huge = new Uint8Array(501 * 1024);
    huge.set(png);
    expect(rejection(() => store.setLogo('logo', huge)).message).toBe('logo is 501 KB; the limit is 500 KB');
  });

  it('writes atomically: no temporary files are left behind', () => {
    store.add(template('Atomic', 'atomic'));
    store.edit('atomic', template('Atomic 2', 'atomic'));
    expect(readdirSync(join(dir, 'templates', 'atomic'))).toEqual(['template.xml']);
    expect(readFileSync(join(dir, 'templates', 'atomic', 'template.xml'), 'utf8')).toContain('Atomic 2');
  });
});
