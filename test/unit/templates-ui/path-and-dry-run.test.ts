// The path tester's reading rules and the dry run's rendering, as an admin
// would check them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../main/features/templates-dry-run';
import type { DryRunRequest } from '../../../shared/templates-ipc';
import { evaluatePath } from '../../../renderer/templates/path-evaluation';
import { outputPathAlternatives as splitAlternatives } from '../../../shared/template/output-path';

const json = JSON.stringify({ data: [{ id: 1, name: 'Ada', phone: '', mobile: '+1 415' }, { id: 2, name: 'Grace', phone: '+44 20' }] });

describe('the path tester', () => {
  it('tries comma-separated alternatives in order and uses the first that reads a value', () => {
    const r = evaluatePath(json, 'data.#.phone, data.#.mobile', {});
    expect(r.alternatives.map((a) => a.path)).toEqual(['data.#.phone', 'data.#.mobile']);
    expect(r.alternatives[0]).toMatchObject({ exists: true, type: 'JSON', raw: '["","+44 20"]', reads: '' });
    expect(r.used).toBe(1);
    expect(r.alternatives[1]?.reads).toBe('+1 415');
  });

  it('keeps commas inside queries and multipaths in one alternative', () => {
    expect(splitAlternatives('data.#(name=="a,b")#.id,[a,b],data.x')).toEqual(['data.#(name=="a,b")#.id', '[a,b]', 'data.x']);
  });

  it('renders {{.Phone}} into the path with JSON escaping', () => {
    const r = evaluatePath(json, 'data.#(mobile=="{{.Phone}}").name', { Phone: '+1 415' });
    expect(r.rendered).toBe('data.#(mobile=="+1 415").name');
    expect(r.alternatives[0]).toMatchObject({ type: 'String', value: 'Ada', reads: 'Ada' });
  });

  it('says when nothing is found, the JSON is invalid, or the path template is broken', () => {
    expect(evaluatePath(json, 'data.#.missing', {}).used).toBe(-1);
    expect(evaluatePath('{"a":', 'a', {}).jsonValid).toBe(false);
    expect(evaluatePath(json, 'data.{{.Phone', {}).templateError).toBeDefined();
  });
});

const zendesk = readFileSync(resolve(import.meta.dirname, '../../../main/templates/zendesk.xml'), 'utf8');
const call: DryRunRequest['call'] = { direction: 'inbound', remoteNumber: '+14155550100', remoteName: 'Bob "x", "status":"closed', localNumber: '1001', localName: 'Agent', ringSeconds: 5, talkSeconds: 65 };
const run = (scenario: string, fields: Record<string, string> = {}) =>
  dryRun(zendesk, 'zendesk.xml', { template: { kind: 'readyMade', id: 'zendesk' }, scenario, call, fields }, { region: 'US', now: Date.UTC(2026, 0, 2, 3, 4, 5) });

describe('a dry run', () => {
  it('renders the ticket requests with the hostile caller name kept inside JSON strings and the secret redacted', () => {
    const result = run('CreateNewTicket', { subdomain: 'acme', email: 'agent@acme.test', api_token: 'zd-secret-123' });
    const [create, update] = result.requests;
    expect(create).toMatchObject({ method: 'POST', url: 'https://acme.zendesk.com/api/v2/tickets.json' });
    expect(create?.headers).toContainEqual({ name: 'Authorization', value: 'Basic ***' });
    const body = JSON.parse(create?.body ?? '') as { ticket: { subject: string; comment: { body: string } } };
    expect(body.ticket.subject).toBe('Inbound Completed - from Bob "x", "status":"closed <+14155550100> to Agent <1001>');
    expect(body.ticket.comment.body).toContain('00:01:05');
    // UpdateTicket needs the created ticket's id: a visible sample stands in.
    expect(update?.url).toBe('https://acme.zendesk.com/api/v2/tickets/sample-TicketId.json');
    expect(result.samples).toContain('TicketId');
    expect(JSON.stringify(result)).not.toContain('zd-secret-123');
    expect(result.variables.api_token).toBe('***');
  });

  it('fills fields left empty with named samples', () => {
    const result = run('SyncContactAuto');
    expect(result.requests[0]?.url).toBe('https://sample-subdomain.zendesk.com/api/v2/users/search.json?query=%2B14155550100');
    expect(result.samples).toEqual(expect.arrayContaining(['subdomain', 'email', 'api_token']));
  });

  it('names the scenario when the template has no such scenario', () => {
    expect(() => run('CallJournal')).toThrow(/no scenario "CallJournal"/);
  });
});
