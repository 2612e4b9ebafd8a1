import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../../../renderer/i18n/diagnostic-text';
import { parseTemplate } from '../../../shared/template';

describe('template findings in the UI language', () => {
  const [finding] = parseTemplate('<Information Provider="desk" Name="X" MaxConcurrentRequest="1"><Scenarios><Scenario Id="SyncContactAuto" Type="REST"/></Scenarios></Information>').diagnostics.filter((d) => d.code === 'information.badProvider');

  it('render a coded finding from the catalogue in each language', () => {
    if (!finding) throw new Error('expected the Provider finding');
    expect(diagnosticText(finding, 'en')).toBe('Provider must be "helpdesk" or "crm", found "desk"');
    expect(diagnosticText(finding, 'zh-CN')).toBe('Provider 必须是 "helpdesk" 或 "crm"，实际为 "desk"');
    expect(diagnosticText(finding, 'en-XA')).toMatch(/^⟦Þŕöṽíðéŕ .*⟧$/);
  });

  it('show the message as it came when there is no code, or one this build does not know', () => {
    expect(diagnosticText({ message: 'unexpected end of input' }, 'zh-CN')).toBe('unexpected end of input');
    expect(diagnosticText({ message: 'from a newer main', code: 'future.finding' }, 'zh-CN')).toBe('from a newer main');
  });
});
