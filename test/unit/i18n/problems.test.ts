import { describe, expect, it } from 'vitest';
import { lintEn } from '../../../shared/i18n/lint-en';
import { plainProblem, problem, ProblemError, problemOf, renderProblem } from '../../../shared/i18n/problem';
import { problemsEn } from '../../../shared/i18n/problems-en';
import { problemsZhCN } from '../../../shared/i18n/problems-zh-CN';
import { StoredProblem, WireProblem } from '../../../shared/i18n/wire-problem';
import { OutboxItem } from '../../../shared/calls/outbox-item';
import { ActivityEntry } from '../../../shared/calls/activity';
import { errorProblem, problemText } from '../../../renderer/i18n/problem-text';
import { RemoteError } from '../../../shared/ipc-remote-error';
import { toWireError } from '../../../main/app/dispatch';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the problem catalogues', () => {
  it('have every code in English and Simplified Chinese, with the same placeholders', () => {
    expect(Object.keys(problemsZhCN).sort()).toEqual(Object.keys(problemsEn).sort());
    for (const [code, text] of Object.entries(problemsEn)) {
      const zh = (problemsZhCN as Record<string, string>)[code] ?? '';
      expect(placeholders(zh), code).toEqual(placeholders(text));
      if (/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) expect(zh, `${code} reads as Chinese`).toMatch(/\p{Script=Han}/u);
    }
  });

  it('share no code with the linter, so a cause can carry either', () => {
    expect(Object.keys(problemsEn).filter((code) => Object.hasOwn(lintEn, code))).toEqual([]);
  });
});

describe('a Problem', () => {
  it('has the English text of its catalogue entry as its message', () => {
    const p = problem('request.httpStatus', { line: 'POST https://desk.example.com/api/calls', status: 500, body: 'oops' });
    expect(p).toEqual({ code: 'request.httpStatus', params: { line: 'POST https://desk.example.com/api/calls', status: 500, body: 'oops' }, message: 'POST https://desk.example.com/api/calls -> HTTP 500: oops' });
    expect(renderProblem(p, 'zh-CN')).toBe('POST https://desk.example.com/api/calls -> 服务台返回 HTTP 500：oops');
  });

  it('shows its cause in place of {detail}, in the same language', () => {
    const expired = problem('signIn.expiredNoRefreshToken');
    const p = problem('request.notAuthorized', { where: 'SyncContactAuto/contacts' }, expired);
    expect(p.message).toBe('SyncContactAuto/contacts: not authorized: the access token expired and there is no refresh token: sign in again');
    expect(renderProblem(p, 'zh-CN')).toBe('SyncContactAuto/contacts：未获授权：访问令牌已过期，且没有刷新令牌：请重新登录');
  });

  it('renders a linter finding as a cause from the linter catalogue', () => {
    const finding = { code: 'information.badProvider', params: { found: '"desk"' }, message: 'Provider must be "helpdesk" or "crm", found "desk"' };
    const p = problem('template.rejected', { file: 'a.xml', line: 2, column: 14 }, finding);
    expect(p.message).toBe('template rejected: a.xml:2:14: Provider must be "helpdesk" or "crm", found "desk"');
    expect(renderProblem(p, 'zh-CN')).toBe('模板被拒绝：a.xml:2:14：Provider 必须是 "helpdesk" 或 "crm"，实际为 "desk"');
  });

  it('falls back to its English message when this build does not know its code', () => {
    expect(renderProblem({ code: 'future.problem', params: {}, message: 'from a newer main' }, 'zh-CN')).toBe('from a newer main');
    expect(problemText({ code: 'future.problem', params: {}, message: 'from a newer main' }, 'zh-CN')).toBe('from a newer main');
  });

  it('is shown in the UI language, and accented in the pseudo-locale', () => {
    const p = problem('outbox.noIntegration');
    expect(problemText(p, 'en')).toBe('no helpdesk integration is connected');
    expect(problemText(p, 'zh-CN')).toBe('没有已连接的服务台集成');
    expect(problemText(p, 'en-XA')).toMatch(/^⟦ñö ĥéĺþðéšķ .*⟧$/);
  });

  it('travels with an error, through the invoke wire, to the renderer', () => {
    const error = new ProblemError(problem('integration.noTemplate'));
    expect(error.message).toBe('no integration template chosen');
    expect(problemOf(error)).toBe(error.problem);
    expect(problemOf(new Error('plain'))).toEqual(plainProblem('plain'));
    const remote = new RemoteError(toWireError(error));
    expect(remote.message).toBe('no integration template chosen');
    expect(problemText(errorProblem(remote), 'zh-CN')).toBe('尚未选择集成模板');
    expect(problemText(errorProblem(new RemoteError({ name: 'ContractError', message: 'x rejected' })), 'zh-CN')).toBe('x rejected');
  });
});

describe('stored text from before Problems', () => {
  it('reads a plain string as a generic Problem whose text is the string, in every language', () => {
    const old = StoredProblem.parse('POST https://desk/api -> HTTP 503: busy');
    expect(old).toEqual({ code: 'generic', params: { detail: 'POST https://desk/api -> HTTP 503: busy' }, message: 'POST https://desk/api -> HTTP 503: busy' });
    expect(renderProblem(old, 'zh-CN')).toBe('POST https://desk/api -> HTTP 503: busy');
    expect(WireProblem.safeParse('a string').success).toBe(false);
  });

  it('loads an outbox item and an activity entry written with string errors', () => {
    const item = OutboxItem.parse({ id: 'i', key: 'c:CallJournal', callId: 'c', scenario: 'CallJournal', requests: ['CallJournal'], vars: {}, texts: {}, state: 'failed', attempts: 3, createdAt: 1, nextAt: 1, done: [], outputs: {}, lastError: 'HTTP 422' });
    expect(item.lastError).toMatchObject({ code: 'generic', message: 'HTTP 422' });
    const entry = ActivityEntry.parse({ id: 'a', callId: 'c', scenario: 'CallJournal', request: 'CallJournal', line: 'POST x', status: 0, durationMs: 3, outputs: {}, error: 'timed out', at: 1 });
    expect(entry.error).toMatchObject({ code: 'generic', message: 'timed out' });
    const coded = problem('outbox.noIntegration');
    expect(OutboxItem.parse({ ...item, lastError: coded }).lastError).toEqual(coded);
  });
});
