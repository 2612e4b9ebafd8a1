// What the call window shows when the helpdesk fails reaches it as coded
// Problems, so a Chinese-speaking agent reads the failure in Chinese; the
// helpdesk's own reply stays in the text as the detail.
import { afterEach, describe, expect, it } from 'vitest';
import { renderProblem } from '../../../shared/i18n/problem';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe('helpdesk failures on a call', () => {
  it('give the contact lookup a coded failure naming the contact type and the HTTP status', async () => {
    p = await startPipeline('basic');
    p.server.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
    const [ringing] = callEvents({ from: '+14155550611', talk: 5 });
    if (!ringing) throw new Error('no ringing event');
    await p.pipeline.onEvent(ringing);
    const failure = p.updates.at(-1)?.lookupError;
    expect(failure).toMatchObject({ code: 'call.searchFailed', params: { type: 'contacts' }, cause: { code: 'request.httpStatus', params: { status: 500 } } });
    expect(failure?.message).toMatch(/^contacts: GET http:\/\/127\.0\.0\.1:\d+\/api\/contacts\/search\S* -> HTTP 500: \{"error":"search is down"\}$/);
    expect(failure && renderProblem(failure, 'zh-CN')).toMatch(/^contacts：GET \S+ -> 服务台返回 HTTP 500：\{"error":"search is down"\}$/);
  });

  it('give a journal the helpdesk keeps failing a coded last error on its outbox item and on the call', async () => {
    p = await startPipeline('basic');
    p.server.inject('POST /api/calls', { kind: 'status', status: 500, body: 'upstream exploded' }, Infinity);
    await p.call(callEvents({ from: '+14155550612', talk: 5 }));
    const item = p.outbox.list()[0];
    expect(item?.state).toBe('failed');
    expect(item?.lastError).toMatchObject({ code: 'request.httpStatus', params: { status: 500, body: 'upstream exploded' } });
    const errors = p.updates.at(-1)?.errors ?? [];
    const journal = errors.find((e) => e.code === 'call.scenarioFailed');
    expect(journal).toMatchObject({ params: { scenario: 'CallJournal' }, cause: { code: 'request.httpStatus' } });
    expect(journal && renderProblem(journal, 'zh-CN')).toMatch(/^CallJournal：POST \S+ -> 服务台返回 HTTP 500：upstream exploded$/);
  });

  it('give a helpdesk that is gone a coded network failure with the attempts made', async () => {
    p = await startPipeline('basic');
    await p.server.close();
    const [ringing] = callEvents({ from: '+14155550613', talk: 5 });
    if (!ringing) throw new Error('no ringing event');
    await p.pipeline.onEvent(ringing);
    const failure = p.updates.at(-1)?.lookupError;
    expect(failure).toMatchObject({ code: 'call.searchFailed', cause: { code: 'request.unreachable', params: { attempts: 3 } } });
    expect(failure && renderProblem(failure, 'zh-CN')).toContain('尝试 3 次后仍无法连接');
  });
});
