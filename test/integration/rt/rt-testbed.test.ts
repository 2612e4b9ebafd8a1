// Proves the Request Tracker test bed that helpdesk integration tests run
// against: a real RT 5 with REST2, seeded, started and stopped per test file.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestTrackerRest } from '../../helpdesk/rt/rt-rest';
import { requestTrackerTools, seededDesk, startRequestTracker } from '../../helpdesk/rt/rt-server';
import type { RunningRequestTracker } from '../../helpdesk/rt/rt-server';

const tools = requestTrackerTools();

function processExists(id: number): boolean {
  try {
    process.kill(id, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!tools.ok)(`Request Tracker 5 test bed${tools.ok ? '' : ` (${tools.reason})`}`, () => {
  let rt: RunningRequestTracker | undefined;
  let rest: RequestTrackerRest;

  const desk = (): RunningRequestTracker => {
    if (!rt) throw new Error('Request Tracker did not start');
    return rt;
  };

  const send = async (method: string, path: string, body: unknown): Promise<Response> =>
    fetch(`${desk().restUrl}${path}`, {
      method,
      headers: { Authorization: `token ${desk().token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    rt = await startRequestTracker();
    rest = new RequestTrackerRest(rt.restUrl, rt.token);
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('finds the seeded contact carl by his mobile number', async () => {
    const found = await rest.usersByPhone('MobilePhone', seededDesk.carl.mobilePhone);
    expect(found).toEqual([
      expect.objectContaining({
        Name: seededDesk.carl.name,
        RealName: seededDesk.carl.realName,
        Organization: seededDesk.carl.organization,
        WorkPhone: seededDesk.carl.workPhone,
        MobilePhone: seededDesk.carl.mobilePhone,
      }),
    ]);
  });

  it('searches each phone column on its own and finds nobody for an unknown number', async () => {
    const dana = await rest.usersByPhone('HomePhone', seededDesk.dana.homePhone);
    expect(dana.map((u) => u.Name)).toEqual([seededDesk.dana.name]);
    // Without the User_Local.pm overlay RT would drop the condition and list every user.
    expect(await rest.usersByPhone('WorkPhone', '+15550000000')).toEqual([]);
    expect(await rest.usersByPhone('HomePhone', seededDesk.carl.workPhone)).toEqual([]);
  });

  it('starts from the pristine database: seeded agents, no tickets yet', async () => {
    const agent = await rest.user('agent1');
    expect(agent).toMatchObject({ Name: 'agent1', EmailAddress: seededDesk.agents[0].email });
    const carl = await rest.user(seededDesk.carl.name);
    expect(await rest.ticketsOfRequestor(carl.id)).toEqual([]);
  });

  it('refuses requests without credentials and accepts root by Basic auth', async () => {
    const anonymous = await fetch(`${desk().restUrl}/users`);
    expect(anonymous.status).toBe(401);
    const { user, password } = desk().basicAuth;
    const basic = await fetch(`${desk().restUrl}/user/agent2`, {
      headers: { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    });
    expect(basic.status).toBe(200);
    expect(await basic.json()).toMatchObject({ Name: 'agent2', Privileged: 1 });
  });

  it('stores a contact, a ticket and its comment created through plain fetch', async () => {
    const created = await send('POST', '/user', { Name: '+15557770001', RealName: 'New Caller', WorkPhone: '+15557770001' });
    expect(created.status).toBe(201);
    const userId = Number(/\/user\/(\d+)$/.exec(created.headers.get('location') ?? '')?.[1]);
    expect(userId).toBeGreaterThan(0);

    const ticket = await send('POST', '/ticket', {
      Queue: seededDesk.queue,
      Subject: 'Inbound Completed - from New Caller <+15557770001>',
      Requestor: String(userId),
      Content: 'Caller asked about an invoice.\ntalk 00:01:05',
      ContentType: 'text/plain',
    });
    expect(ticket.status).toBe(201);
    const ticketId = Number(((await ticket.json()) as { id: string }).id);

    const comment = await send('POST', `/ticket/${ticketId}/comment`, {
      Subject: 'Call journal',
      Content: 'Call ended after 65 s',
      ContentType: 'text/plain',
    });
    expect(comment.status).toBe(201);

    expect(await rest.usersByPhone('WorkPhone', '+15557770001')).toEqual([
      expect.objectContaining({ id: userId, Name: '+15557770001', RealName: 'New Caller' }),
    ]);
    expect(await rest.ticketsOfRequestor(userId)).toEqual([
      { id: ticketId, Subject: 'Inbound Completed - from New Caller <+15557770001>', Status: 'new' },
    ]);
    const stored = await rest.ticket(ticketId);
    expect(stored.Requestor.map((r) => r.id)).toEqual(['+15557770001']);

    const history = await rest.ticketHistory(ticketId);
    expect(history.find((t) => t.type === 'Create')?.content).toBe('Caller asked about an invoice.\ntalk 00:01:05');
    expect(history.find((t) => t.type === 'Comment')).toMatchObject({
      creator: seededDesk.root.user,
      content: 'Call ended after 65 s',
      attachments: [expect.objectContaining({ Subject: 'Call journal' })],
    });
  });

  it('stops: the Starlet master and its workers are gone, and so is the run data', async () => {
    const running = desk();
    expect(processExists(running.pid)).toBe(true);
    await running.stop();
    expect(processExists(running.pid)).toBe(false);
    // rt-server got its own process group: no worker is left in it.
    expect(processExists(-running.pid)).toBe(false);
    expect(existsSync(running.dataDir)).toBe(false);
    await expect(fetch(`${running.restUrl}/`)).rejects.toThrow();
  });
});
