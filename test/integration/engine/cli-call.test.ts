import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/index';
import { CREDENTIALS, startHelpdesk, templatePath } from './harness';
import type { HelpdeskServer } from '../../helpdesk/server';

let server: HelpdeskServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ringdesk(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('ringdesk call', () => {
  it('runs a simulated call through the pipeline and prints every request and result', async () => {
    server = await startHelpdesk('basic');
    server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+14155550100' });
    const { code, stdout } = await ringdesk([
      'call', '--template', templatePath('basic'),
      '--field', `base_url=${server.url}`, '--field', `username=${CREDENTIALS.username}`, '--field', `password=${CREDENTIALS.password}`,
      '--from', '4155550100', '--direction', 'inbound', '--answer-after', '3', '--talk', '42', '--ticket', 'after:inbound-answered',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('[SyncContactAuto/contacts] GET ');
    expect(stdout).toMatch(/\[CallJournal\/CallJournal\] POST http:\/\/127\.0\.0\.1:\d+\/api\/calls -> 201/);
    expect(stdout).toContain('outbox CallJournal [CallJournal]: done');
    expect(stdout).toContain('contacts: contacts:');
    expect(stdout).not.toContain(CREDENTIALS.password);
    expect(server.calls[0]?.body).toMatchObject({ talkSec: '42', direction: 'Inbound' });
    expect(server.tickets).toHaveLength(1);
  });

  it('explains its usage when the template or number is missing', async () => {
    const { code, stderr } = await ringdesk(['call', '--from', '1']);
    expect(code).toBe(2);
    expect(stderr).toContain('--template and --from are required');
  });
});
