// `ringdesk call --template FILE --field name=value ... --from NUMBER ...`:
// runs one simulated call through the whole pipeline (connect, lookup, popup,
// contact creation, tickets, journal through the outbox) against the helpdesk
// the template and fields point at, printing every request and its result.
// Field values given here stay in memory (never written to disk).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ActivityEntry } from '../../../shared/calls/activity';
import { AfterCallTicketType, defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import { createIntegrationFeature } from '../../features/integration-feature';
import type { Command, Output } from '../command';

const USAGE = `usage: ringdesk call --template FILE --from NUMBER [options]
  --template FILE         integration template (XML)
  --field NAME=VALUE      a connect-time field (repeatable), e.g. --field api_key=...
  --from NUMBER           the remote party's number
  --name TEXT             the remote party's display name
  --direction DIR         inbound (default) or outbound
  --answer-after SECONDS  ringing time before the answer (default 3)
  --talk SECONDS          talk time; without it the call is not answered
  --disposition D         ANSWERED, NO ANSWER, BUSY, MISSED or VOICEMAIL
  --types A,B             contact types to search (default: all)
  --always-query on|off   query the helpdesk even when the phonebook knows the number (default on)
  --create-contact DIRS   create unknown contacts automatically for inbound,outbound
  --ticket WHEN           before:inbound,outbound or after:inbound-answered,inbound-no-answer,...
  --region CC             default region for numbers (default US)
  --data-dir DIR          keep outbox, activity and phonebook here (default: a temporary folder)
  --wait SECONDS          how long to wait for after-call delivery (default 30)
`;

function line(entry: ActivityEntry): string {
  const outputs = Object.entries(entry.outputs).filter(([, v]) => v !== '');
  const result = (entry.error === undefined ? `${entry.status}` : `FAILED ${entry.error.message}`) + (entry.attempts === undefined ? '' : ` after ${entry.attempts} attempts`);
  return `  [${entry.scenario}/${entry.request}] ${entry.line} -> ${result} (${entry.durationMs} ms)${outputs.length > 0 ? `\n      ${outputs.map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}\n`;
}

async function run(args: readonly string[], out: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        template: { type: 'string' },
        field: { type: 'string', multiple: true },
        from: { type: 'string' },
        name: { type: 'string' },
        direction: { type: 'string' },
        'answer-after': { type: 'string' },
        talk: { type: 'string' },
        disposition: { type: 'string' },
        types: { type: 'string' },
        'always-query': { type: 'string' },
        'create-contact': { type: 'string' },
        ticket: { type: 'string' },
        region: { type: 'string' },
        'data-dir': { type: 'string' },
        wait: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    out.stderr(`ringdesk call: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.help === true) {
    out.stdout(USAGE);
    return 0;
  }
  if (parsed.template === undefined || parsed.from === undefined) {
    out.stderr(`ringdesk call: --template and --from are required\n${USAGE}`);
    return 2;
  }
  let xml: string;
  try {
    xml = readFileSync(parsed.template, 'utf8');
  } catch (error) {
    out.stderr(`ringdesk call: cannot read ${parsed.template} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const fields: Record<string, string> = {};
  for (const pair of parsed.field ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      out.stderr(`ringdesk call: --field ${pair}: expected NAME=VALUE\n`);
      return 2;
    }
    fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const settings = defaultIntegrationSettings();
  settings.templateKey = 'cli';
  if (parsed.types !== undefined) settings.contactSync.types = parsed.types.split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (parsed['always-query'] === 'off') settings.contactSync.alwaysQuery = false;
  if (parsed['create-contact'] !== undefined) {
    const dirs = parsed['create-contact'].split(',').filter((d): d is 'inbound' | 'outbound' => d === 'inbound' || d === 'outbound');
    settings.contactCreation = { ...settings.contactCreation, enabled: true, method: 'automatic', callTypes: dirs };
  }
  if (parsed.ticket !== undefined) {
    const [when = '', list = ''] = parsed.ticket.split(':');
    const types = list.split(',').filter((t) => t !== '');
    if (when === 'before') settings.ticket = { ...settings.ticket, enabled: true, when: 'before', beforeCallTypes: types.filter((t): t is 'inbound' | 'outbound' => t === 'inbound' || t === 'outbound') };
    else if (when === 'after') settings.ticket = { ...settings.ticket, enabled: true, when: 'after', afterCallTypes: types.filter((t) => AfterCallTicketType.safeParse(t).success) as AfterCallTicketType[] };
    else {
      out.stderr(`ringdesk call: --ticket ${parsed.ticket}: expected before:... or after:...\n`);
      return 2;
    }
  }
  settings.popup.method = 'manual';
  const region = parsed.region ?? 'US';
  const temporary = parsed['data-dir'] === undefined;
  const dataDir = parsed['data-dir'] ?? mkdtempSync(join(tmpdir(), 'ringdesk-call-'));
  const secrets = new Map<string, string>();
  const feature = createIntegrationFeature({
    dataDir,
    settings: () => ({ integration: settings, region }),
    updateSettings: (patch) => Object.assign(settings, patch),
    templates: () => xml,
    vault: { get: (n) => secrets.get(n), set: (n, v) => void secrets.set(n, v), delete: (n) => void secrets.delete(n), names: (p = '') => [...secrets.keys()].filter((n) => n.startsWith(p)) },
    openBrowser: async (url) => void out.stderr(`open this address in a browser to sign in:\n  ${url}\n`),
    openPopup: async (url) => ({ outcome: 'reported', url }),
    publish: { callUpdated: () => {}, integrationChanged: () => {}, activityChanged: () => {}, outboxChanged: () => {} },
  });
  try {
    out.stdout(`template ${basename(parsed.template)}: connecting\n`);
    const printed = new Set<string>();
    const unsubscribe = feature.activity.onAppend((e) => {
      printed.add(e.id);
      out.stdout(line(e));
    });
    const status = await feature.handlers['integration.connect']({ templateKey: 'cli', fields });
    if (status.state !== 'connected') {
      out.stdout(`not connected: ${status.reason?.message ?? ''}\n`);
      return 1;
    }
    unsubscribe();
    const direction = parsed.direction === 'outbound' ? 'outbound' : 'inbound';
    out.stdout(`call ${direction} ${parsed.from}${parsed.talk === undefined ? ' (not answered)' : `, answered after ${parsed['answer-after'] ?? '3'} s, ${parsed.talk} s of talk`}\n`);
    const report = await feature.handlers['call.test']({
      from: parsed.from,
      name: parsed.name ?? '',
      direction,
      accountId: 'cli',
      answerAfter: Number(parsed['answer-after'] ?? '3'),
      ...(parsed.talk === undefined ? {} : { talk: Number(parsed.talk) }),
      ...(parsed.disposition === undefined ? {} : { disposition: parsed.disposition as 'ANSWERED' }),
      waitSeconds: Number(parsed.wait ?? '30'),
    });
    for (const e of report.activity) out.stdout(line(e));
    out.stdout(`contacts: ${report.contacts.length === 0 ? 'none' : report.contacts.map((c) => `${c.syncType}:${c.id} ${c.displayName}${c.url ? ` <${c.url}>` : ''}`).join(', ')}\n`);
    if (report.picked !== undefined) out.stdout(`journal/ticket belong to: ${report.picked}\n`);
    for (const item of report.outbox) out.stdout(`outbox ${item.scenario} [${item.requests.join(', ')}]: ${item.state}${item.lastError ? ` (${item.lastError.message})` : ''}\n`);
    for (const error of report.errors) out.stdout(`error: ${error.message}\n`);
    const failed = report.outbox.some((i) => i.state !== 'done') || report.activity.some((e) => e.error !== undefined && !report.outbox.some((i) => i.state === 'done' && i.scenario === e.scenario));
    return failed || report.errors.length > 0 ? 1 : 0;
  } finally {
    await feature.close();
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  }
}

export const callCommand: Command = {
  name: 'call',
  summary: 'run a simulated call through a template against a helpdesk, printing every request',
  run,
};
