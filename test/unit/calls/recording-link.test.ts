import { describe, expect, it } from 'vitest';
import { IntegrationSettingsPatch, defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import { recordingLinkProblem, renderRecordingLink } from '../../../shared/calls/recording-link';

describe('the recording link ({{.RecordPath}})', () => {
  it("is written with the call's variables, each URL-escaped where it lands", () => {
    const link = 'https://pbx.example.com/rec/{{.CallId}}.wav?day={{TimeFormat .StartTimeUnix "yyyy-MM-dd" "0"}}&who={{.CallerName}}';
    const vars = { CallId: 'a84b4c76e66710@pc33.example.com', StartTimeUnix: '1767225600', CallerName: 'Zoë & Co' };
    expect(renderRecordingLink(link, vars)).toBe('https://pbx.example.com/rec/a84b4c76e66710%40pc33.example.com.wav?day=2026-01-01&who=Zo%C3%AB%20%26%20Co');
  });

  it('is empty when there is no link, and when a link cannot be rendered', () => {
    expect(renderRecordingLink('', { CallId: 'x' })).toBe('');
    expect(renderRecordingLink('https://pbx/{{.CallId', { CallId: 'x' })).toBe('');
  });

  it('says what is wrong with a link an administrator typed', () => {
    expect(recordingLinkProblem('')).toBeUndefined();
    expect(recordingLinkProblem('https://pbx.example.com/{{.CallId}}')).toBeUndefined();
    expect(recordingLinkProblem('ftp://pbx/{{.CallId}}')).toEqual({ kind: 'not-http' });
    expect(recordingLinkProblem('https://pbx/{{.CallId')).toEqual({ kind: 'template', detail: expect.stringMatching(/unclosed action|unexpected/) });
  });

  it('is refused by the settings with the field named, and defaults to none', () => {
    expect(defaultIntegrationSettings().journal.recordingLink).toBe('');
    const bad = IntegrationSettingsPatch.safeParse({ journal: { recordingLink: 'https://pbx/{{.CallId' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['journal', 'recordingLink']);
    expect(bad.error?.issues[0]?.message).toMatch(/^recording link: /);
  });
});
