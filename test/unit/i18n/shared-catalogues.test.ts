import { describe, expect, it } from 'vitest';
import { hostEn } from '../../../shared/i18n/host-en';
import { hostZhCN } from '../../../shared/i18n/host-zh-CN';
import { lintEn } from '../../../shared/i18n/lint-en';
import { lintZhCN } from '../../../shared/i18n/lint-zh-CN';
import { fillMessage, hostTranslator, languageOf, renderLint, resolveLanguage } from '../../../shared/i18n';
import { parseTemplate } from '../../../shared/template';
import { renderDiagnostic } from '../../../shared/template/diagnostics';
import { trayMenu, trayTooltip } from '../../../main/features/tray-status';
import { incomingCallNotice } from '../../../main/features/live-calls';
import type { CallEvent } from '../../../shared/calls/call-event';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['linter', lintEn, lintZhCN],
  ['host', hostEn, hostZhCN],
] as const)('the %s catalogues (main and the CLI)', (_name, english, chinese) => {
  it('have the same keys and placeholders in English and Simplified Chinese', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const zh = (chinese as Record<string, string>)[key] ?? '';
      expect(placeholders(zh), key).toEqual(placeholders(text));
      // Every message with words reads as Chinese; one of only placeholders and punctuation may not.
      if (/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) expect(zh, `${key} reads as Chinese`).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('messages', () => {
  it('fill placeholders once, leaving unknown ones and template actions alone', () => {
    expect(fillMessage('to be used as {{.{use}}}; found {found}', { use: 'domain', found: '"{x}"' })).toBe('to be used as {{.domain}}; found "{x}"');
    expect(fillMessage('{missing} {{.Page}}', {})).toBe('{missing} {{.Page}}');
  });

  it('follow the setting, or the OS locale when it says system', () => {
    expect(languageOf('zh-Hans-CN')).toBe('zh-CN');
    expect(languageOf('zh_CN.UTF-8')).toBe('zh-CN');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('fr')).toBe('en');
    expect(resolveLanguage('system', 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });
});

describe('template diagnostics', () => {
  const xml = '<Information Provider="desk" Name="X" MaxConcurrentRequest="1"><Scenarios><Scenario Id="Custom" Type="REST"/></Scenarios></Information>';
  const { diagnostics } = parseTemplate(xml);

  it('carry a stable code and params whose English rendering is the message', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.code, d.message).toBeDefined();
      expect(renderDiagnostic(d, 'en')).toBe(d.message);
    }
    expect(diagnostics.find((d) => d.code === 'information.badProvider')).toMatchObject({ params: { found: '"desk"' }, message: 'Provider must be "helpdesk" or "crm", found "desk"' });
  });

  it('render in Simplified Chinese from the same code and params', () => {
    const provider = diagnostics.find((d) => d.code === 'information.badProvider');
    expect(provider && renderDiagnostic(provider, 'zh-CN')).toBe('Provider 必须是 "helpdesk" 或 "crm"，实际为 "desk"');
    expect(renderLint({ code: 'scenarios.unused', params: { id: '"Custom"' } }, 'zh-CN')).toBe('Ringdesk 不使用场景 "Custom"；它会原样保留在文件中');
  });

  it('code XML that cannot be read at all too, keeping its English text', () => {
    const [unclosed] = parseTemplate('<Information Provider="helpdesk">\n  <Scenarios>\n').diagnostics;
    expect(unclosed).toMatchObject({ code: 'xml.neverClosed', params: { name: 'Scenarios' }, line: 2, column: 3, message: '<Scenarios> is never closed (end of file reached)' });
    expect(unclosed && renderDiagnostic(unclosed, 'zh-CN')).toBe('<Scenarios> 从未关闭（已到达文件末尾）');
    const [entity] = parseTemplate('<Information Name="a &nbsp; b"/>').diagnostics;
    expect(entity).toMatchObject({ code: 'xml.attribute.unknownEntity', params: { attribute: 'Name', ref: 'nbsp' } });
    expect(entity?.message).toBe('in attribute Name: unknown entity &nbsp;: only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed (templates have no DTD)');
    const [bytes] = parseTemplate(new Uint8Array([0x3c, 0x49, 0xff])).diagnostics;
    expect(bytes).toMatchObject({ code: 'xml.utf8.badStart', message: 'invalid UTF-8 at byte 2 (0xff): byte that never starts a character; templates must be UTF-8' });
    const [root] = parseTemplate('<Template/>').diagnostics;
    expect(root && renderDiagnostic(root, 'zh-CN')).toBe('根元素必须是 <Information>，实际为 <Template>');
  });
});

describe('the tray and notifications', () => {
  it('speak the host language, English by default', () => {
    expect(trayTooltip('registered', [], true)).toBe('Ringdesk: ready for calls — do not disturb');
    expect(trayTooltip('registered', [], true, 'zh-CN')).toBe('Ringdesk：可以接听电话 — 免打扰');
    expect(trayMenu('failed', false, 'zh-CN').map((i) => i.label)).toEqual(['注册失败', '', '显示 Ringdesk', '免打扰', '', '退出 Ringdesk']);
    const ringing: CallEvent = { kind: 'ringing', sipCallId: 'a', accountId: 'acc', direction: 'inbound', remoteNumber: '', remoteDisplayName: 'Ada', localNumber: '1001', startedAt: 0 } as CallEvent;
    expect(incomingCallNotice(ringing, undefined, false, 'zh-CN')).toEqual({ title: '来电', body: 'Ada（未知号码）' });
    expect(hostTranslator('zh-CN')('notice.answer')).toBe('接听');
  });
});
