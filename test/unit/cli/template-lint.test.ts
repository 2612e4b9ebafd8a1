import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const launcher = join(root, 'main/cli/ringdesk.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ringdesk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ringdesk(...args: string[]) {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ringdesk template lint', () => {
  it('prints file:line:col severity message and exits 1 on errors', () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(file, '<Information Provider="helpdesk" Name="X" MaxConcurrentRequest="1">\n  <Scenarios>\n    <Scenario Id="SyncContactAuto" Type="REST"><Requests>\n      <Request Name="C" Method="FETCH" URLFormat="https://x.test/{{.Phone}}"/>\n    </Requests></Scenario>\n  </Scenarios>\n</Information>\n');
    const { code, stdout } = ringdesk('template', 'lint', file);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(`${file}:4:7 error SyncContactAuto request "C" must map ContactsId: expected <Output Name="ContactsId" Path="..."/> with a path`);
    expect(lines).toContain(`${file}:4:25 error Method must be an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS); found "FETCH"`);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+ (error|warning|info) .+$/);
  });

  it('exits 0 on a clean template and reports an XML error with its line', () => {
    const clean = resolve(root, 'test/fixtures/templates/guide/full-template.xml');
    expect(ringdesk('template', 'lint', '--quiet', clean)).toMatchObject({ code: 0, stdout: '' });
    const bad = join(dir, 'doctype.xml');
    writeFileSync(bad, '<?xml version="1.0"?>\n<!DOCTYPE x>\n<Information/>');
    expect(ringdesk('template', 'lint', bad)).toMatchObject({ code: 1, stdout: `${bad}:2:1 error DOCTYPE is not allowed: templates may not declare a DTD or entities\n` });
  });

  it('explains its usage', () => {
    expect(ringdesk('template')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: ringdesk template lint') });
    expect(ringdesk('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
  });
});
