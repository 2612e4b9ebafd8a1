// An administrator sets Ringdesk up through its own screens, in the main
// window: a SIP account (Accounts), the shipped Request Tracker template
// (Templates > Ready-made), the connection with Basic auth and the agent's
// user association (Integration), and the guide's features (Features).
// Every control here is one an administrator clicks; nothing goes around the UI.
import type { Locator, Page } from 'playwright-core';
import { translator } from '../../../renderer/i18n/i18n';
import type { MessageKey } from '../../../renderer/i18n/en';
import type { Settings } from '../../../shared/settings';
import type { RingdeskApi } from '../../../shared/ipc';
import { SIP_DOMAIN, SIP_WS_URL } from '../../support/sip/kamailio';
import { waitUntil } from '../../support/sip/ringdesk-agent';
import { seededDesk } from '../../helpdesk/rt/rt-server';
import type { RunningRequestTracker } from '../../helpdesk/rt/rt-server';

export const t = translator('en');

export interface AgentLine {
  /** The SIP user the agent registers as (the number sipp calls). */
  readonly user: string;
  /** The account's name in Ringdesk. */
  readonly label: string;
}

export const agentLine: AgentLine = { user: '1001', label: 'Support line' };
/** The RT agent the SIP account belongs to, as the association list names it (RealName, then Name). */
export const rtAgent = seededDesk.agents[0];
export const rtAgentChoice = `${rtAgent.realName} ${rtAgent.name}`;

export async function settingsOf(page: Page): Promise<Settings> {
  return page.evaluate(() => (window as unknown as { ringdesk: RingdeskApi }).ringdesk.invoke('settings.get'));
}

async function goTo(page: Page, screen: 'templates' | 'integration' | 'features' | 'accounts', title: MessageKey): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: t(`nav.${screen}`), exact: true }).click();
  await page.getByRole('heading', { name: t(title), level: 1 }).waitFor();
}

/** Settings are saved by main and come back to the page: a control shows its new state only then. */
async function setChecked(box: Locator, on: boolean, what: string): Promise<void> {
  if ((await box.isChecked()) !== on) await box.click();
  await waitUntil(`${what} to be ${on ? 'on' : 'off'}`, async () => (await box.isChecked()) === on, 10_000);
}

async function choose(select: Locator, label: string, what: string): Promise<void> {
  await select.selectOption({ label });
  await waitUntil(`${what} to be "${label}"`, async () => (await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '')) === label, 10_000);
}

export async function addSipAccount(page: Page, line: AgentLine = agentLine): Promise<string> {
  await goTo(page, 'accounts', 'accounts.title');
  await page.getByRole('button', { name: t('accounts.add') }).click();
  const form = page.getByRole('form', { name: t('accounts.form.titleNew') });
  await form.getByLabel(t('accounts.field.label'), { exact: true }).fill(line.label);
  await form.getByLabel(t('accounts.field.server'), { exact: true }).fill(SIP_WS_URL);
  await form.getByLabel(t('accounts.field.uri'), { exact: true }).fill(`sip:${line.user}@${SIP_DOMAIN}`);
  await form.getByLabel(t('accounts.field.displayName'), { exact: true }).fill('Alice at the help desk');
  await form.getByRole('button', { name: t('accounts.save') }).click();
  const account = await waitUntil('the new SIP account in the settings', async () => (await settingsOf(page)).sip.accounts.find((a) => a.label === line.label));
  return account.id;
}

export async function installRequestTrackerTemplate(page: Page): Promise<void> {
  await goTo(page, 'templates', 'templates.title');
  await page.getByRole('tab', { name: t('templates.tab.readyMade') }).click();
  await page.getByRole('button', { name: t('templates.readyMade.installNamed', { name: 'Request Tracker' }) }).click();
  await page.getByText(t('templates.installed', { name: 'Request Tracker' })).waitFor();
}

export async function connectToRequestTracker(page: Page, rt: RunningRequestTracker): Promise<void> {
  await goTo(page, 'integration', 'integration.title');
  const form = page.getByRole('form', { name: t('integration.connection') });
  await choose(form.getByLabel(t('integration.template'), { exact: true }), 'Request Tracker', 'the integration template');
  // The template's own connect-time fields (CustomFieldList), by their titles.
  await form.getByLabel('RT address (e.g. https://rt.example.com/rt)').fill(rt.baseUrl);
  await form.getByLabel('Username', { exact: true }).fill(rt.basicAuth.user);
  await form.getByLabel('Password', { exact: true }).fill(rt.basicAuth.password);
  await form.getByLabel('Queue for new tickets (e.g. General)').fill(seededDesk.queue);
  await form.getByRole('button', { name: t('integration.connect'), exact: true }).click();
  await form.getByRole('status', { name: t('integration.stateLabel') }).filter({ hasText: new RegExp(`^${t('integration.state.connected')}$`) }).waitFor({ timeout: 30_000 });
}

export async function associateAgent(page: Page, line: AgentLine = agentLine): Promise<void> {
  const users = page.getByRole('region', { name: t('integration.users') });
  await users.getByRole('button', { name: t('integration.syncUsers') }).click();
  const select = users.getByLabel(t('integration.userOf', { account: line.label }));
  await waitUntil(`${rtAgentChoice} among the helpdesk users`, async () => (await select.locator('option').allTextContents()).includes(rtAgentChoice), 20_000);
  await choose(select, rtAgentChoice, `the helpdesk user of ${line.label}`);
}

/** Where the test PBX "keeps" recordings: journals of answered calls link there. */
export const RECORDING_LINK = 'https://pbx.example.com/recordings/{{.CallId}}.wav';

/** The guide's features as issue 9 wants them. */
export async function enableFeatures(page: Page): Promise<void> {
  await goTo(page, 'features', 'features.title');
  const section = (legend: MessageKey) => page.getByRole('group', { name: t(legend), exact: true });

  const sync = section('features.contactSync');
  await setChecked(sync.getByLabel(t('features.contactSync.enabled')), true, 'contact sync');

  const creation = section('features.contactCreation');
  await setChecked(creation.getByLabel(t('features.contactCreation.enabled')), true, 'contact creation');
  await choose(creation.getByLabel(t('features.method'), { exact: true }), t('features.contactCreation.automatic'), 'contact creation method');
  await setChecked(creation.getByRole('group', { name: t('features.callTypes') }).getByLabel(t('features.inbound'), { exact: true }), true, 'contact creation for inbound calls');

  const popup = section('features.popup');
  await setChecked(popup.getByLabel(t('features.popup.enabled')), true, 'call popup');
  await choose(popup.getByLabel(t('features.method'), { exact: true }), t('features.popup.automatic'), 'popup method');
  await choose(popup.getByLabel(t('features.popup.trigger'), { exact: true }), t('features.popup.answered'), 'popup trigger');

  const journal = section('features.journal');
  await setChecked(journal.getByLabel(t('features.journal.enabled')), true, 'call journal');
  await setChecked(journal.getByLabel(t('features.playRecording')), true, 'recording links');
  const link = journal.getByLabel(t('features.recordingLink'), { exact: true });
  await link.fill('pbx.example.com/recordings/{{.CallId}}.wav');
  await link.blur();
  await page.getByText(t('features.recordingLink.notHttp')).waitFor();
  await link.fill(RECORDING_LINK);
  await link.blur();
  await waitUntil('the recording link to be saved', async () => (await settingsOf(page)).integration.journal.recordingLink === RECORDING_LINK, 10_000);

  const tickets = section('features.ticket');
  await setChecked(tickets.getByLabel(t('features.ticket.enabled')), true, 'tickets');
  await choose(tickets.getByLabel(t('features.ticket.when'), { exact: true }), t('features.ticket.before'), 'when tickets are created');
  await setChecked(tickets.getByRole('group', { name: t('features.callTypes') }).getByLabel(t('features.inbound'), { exact: true }), true, 'tickets for inbound calls');
}
