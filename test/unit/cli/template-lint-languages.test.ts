import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const launcher = join(root, 'main/cli/ringdesk.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ringdesk-cli-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ringdesk(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const broken = join(dir, 'broken.xml');
writeFileSync(
  broken,
  '<Information Provider="helpdesk" Name="X" MaxConcurrentRequest="1">\n  <Scenarios>\n    <Scenario Id="SyncContactAuto" Type="REST"><Requests>\n      <Request Name="C" Method="FETCH" URLFormat="https://x.test/{{.Phone}}"/>\n    </Requests></Scenario>\n  </Scenarios>\n</Information>\n',
);

describe('ringdesk template lint in Simplified Chinese', () => {
  it('prints the same findings, at the same places, in Chinese with --lang zh-CN', () => {
    const english = ringdesk(['template', 'lint', broken]);
    const chinese = ringdesk(['template', 'lint', '--lang', 'zh-CN', broken]);
    expect(chinese.code).toBe(1);
    const lines = chinese.stdout.trim().split('\n');
    expect(lines).toContain(`${broken}:4:7 error SyncContactAuto 请求 "C" 必须映射 ContactsId：应有带路径的 <Output Name="ContactsId" Path="..."/>`);
    expect(lines).toContain(`${broken}:4:25 error Method 必须是 HTTP 方法（GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS）；实际为 "FETCH"`);
    // Same places and severities, line for line; only the words differ.
    const where = (out: string) => out.trim().split('\n').map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(where(chinese.stdout)).toEqual(where(english.stdout));
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+ (error|warning|info) .*\p{Script=Han}/u);
  });

  it('keeps English by default, also takes --lang=zh-CN, and follows LANG with --lang system', () => {
    expect(ringdesk(['template', 'lint', broken]).stdout).toContain('must map ContactsId');
    expect(ringdesk(['template', 'lint', broken], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('must map ContactsId');
    expect(ringdesk(['template', 'lint', '--lang=zh-CN', broken]).stdout).toContain('必须映射 ContactsId');
    expect(ringdesk(['template', 'lint', '--lang', 'system', broken], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('必须映射 ContactsId');
    expect(ringdesk(['template', 'lint', '--lang', 'system', broken], { LANG: 'de_DE.UTF-8' }).stdout).toContain('must map ContactsId');
  }, 120_000);

  it('says so in Chinese when a file cannot be read, and refuses an unknown language', () => {
    const missing = join(dir, 'missing.xml');
    expect(ringdesk(['template', 'lint', '--lang', 'zh-CN', missing])).toMatchObject({ code: 1, stdout: `${missing}:1:1 error 无法读取文件（ENOENT）\n` });
    expect(ringdesk(['template', 'lint', '--lang', 'fr', broken])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown language "fr": use en or zh-CN') });
  });
});
