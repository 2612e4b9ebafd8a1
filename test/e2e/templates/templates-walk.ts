// The admin's walk through the Templates screen, in any UI language: labels
// come from the same catalogues the UI uses, so the walk reads the screen as
// a person in that language would.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { translator } from '../../../renderer/i18n/i18n';
import type { Locale, Translate } from '../../../renderer/i18n/i18n';

export function labels(locale: Locale): Translate {
  return translator(locale);
}

export async function openTemplates(page: Page, t: Translate): Promise<void> {
  await page.getByRole('link', { name: t('nav.templates') }).click();
  await page.getByRole('heading', { name: t('templates.title'), level: 1 }).waitFor();
}

async function fillRow(page: Page, group: string, values: Record<string, string>): Promise<void> {
  const row = page.getByRole('group', { name: group });
  for (const [label, value] of Object.entries(values)) {
    const control = row.getByLabel(label, { exact: true });
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

/** Adds "Acme Desk" through the form, touching every section of the guide's dialog. */
export async function addThroughForm(page: Page, t: Translate): Promise<void> {
  await page.getByRole('button', { name: t('templates.add') }).click();
  await page.getByRole('heading', { name: t('templates.editor.new') }).waitFor();
  await page.getByLabel(t('templates.form.name'), { exact: true }).fill('Acme Desk');
  await page.getByLabel(t('templates.form.remark'), { exact: true }).fill('Acme helpdesk, contacts and tickets');

  await page.getByLabel(t('templates.form.userAssociation.enable')).check();
  await page.getByLabel(t('templates.form.getUser')).fill('https://{{.domain}}/api/agents');
  await page.getByLabel(t('templates.field.UserUniqueId')).fill('agents.#.id');
  await page.getByLabel(t('templates.field.Email'), { exact: true }).fill('agents.#.email');

  await page.getByLabel(t('templates.form.auth.method'), { exact: true }).selectOption('basic');
  await page.getByLabel(t('templates.form.credentialType')).selectOption('api_key');
  await page.getByLabel(t('templates.form.base64Credential')).fill('{{.api_key}}:X');
  const fieldRow = (n: number) => `${t('templates.form.customFields')} ${t('templates.form.row', { n })}`;
  await page.getByRole('button', { name: t('templates.form.addField') }).click();
  await fillRow(page, fieldRow(1), { [t('templates.form.field.name')]: 'domain', [t('templates.form.field.title')]: 'Helpdesk domain' });
  await page.getByRole('button', { name: t('templates.form.addField') }).click();
  await fillRow(page, fieldRow(2), { [t('templates.form.field.type')]: 'password', [t('templates.form.field.name')]: 'api_key', [t('templates.form.field.title')]: 'API key' });
  await page.getByRole('button', { name: t('templates.form.addHeader') }).click();
  await fillRow(page, `${t('templates.form.headers')} ${t('templates.form.row', { n: 1 })}`, { [t('templates.form.header.name')]: 'Content-Type', [t('templates.form.header.value')]: 'application/json' });

  await page.getByRole('button', { name: t('templates.form.addContactType') }).first().click();
  await fillRow(page, `${t('templates.form.contactTypes')} ${t('templates.form.row', { n: 1 })}`, {
    [t('templates.form.contactType')]: 'Contacts',
    [t('templates.form.matchUrl')]: 'https://{{.domain}}/api/contacts?phone={{UrlEncode .Phone}}',
  });
  await page.getByLabel(t('templates.form.urlFormat')).fill('https://{{.domain}}/contacts/{{.ContactId}}');
  await page.getByLabel(t('templates.form.pathOf', { field: t('templates.field.ContactsId') }), { exact: true }).fill('contacts.#.id');
  await page.getByLabel(t('templates.form.pathOf', { field: t('templates.field.FirstName') }), { exact: true }).fill('contacts.#.first_name');
  await page.getByLabel(t('templates.form.enableField', { field: t('templates.field.BusinessNumber') }), { exact: true }).check();
  await page.getByLabel(t('templates.form.pathOf', { field: t('templates.field.BusinessNumber') }), { exact: true }).fill('contacts.#.phone,contacts.#.mobile');

  await page.getByLabel(t('templates.form.creation.enable')).check();
  await page.getByRole('button', { name: t('templates.form.addContactType') }).last().click();
  await fillRow(page, `${t('templates.form.creation')} ${t('templates.form.row', { n: 1 })}`, {
    [t('templates.form.contactType')]: 'Contacts',
    [t('templates.form.creationUrl')]: 'https://{{.domain}}/api/contacts',
    [t('templates.form.creationBody')]: '{"first_name":"{{.FirstName}}","last_name":"{{.LastName}}","phone":"{{.BusinessNumber}}"}',
  });

  await page.getByLabel(t('templates.form.journal.enable')).check();
  await page.getByLabel(t('templates.form.journalUrl')).fill('https://{{.domain}}/api/calls');
  await page.getByLabel(t('templates.form.journalBody')).fill('{"subject":"{{.Subject}}","note":"{{.Description}}","duration":"{{.Talk_Duration_Sec}}"}');

  await page.getByLabel(t('templates.form.ticket.enable')).check();
  await page.getByLabel(t('templates.form.ticketUrl')).fill('https://{{.domain}}/api/tickets');
  await page.getByLabel(t('templates.form.ticketBody')).fill('{"subject":"{{.Subject}}","contact":"{{.ContactId}}","body":"{{.Description}}"}');

  await page.getByRole('button', { name: t('templates.editor.save') }).click();
  await page.getByRole('status').filter({ hasText: t('templates.saved', { name: 'Acme Desk' }) }).waitFor();
  await page.getByRole('listitem', { name: 'Acme Desk' }).waitFor();
}

export async function download(page: Page, t: Translate, name: string): Promise<{ fileName: string; xml: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('templates.downloadNamed', { name }) }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), xml: readFileSync(path, 'utf8') };
}

export async function deleteOne(page: Page, t: Translate, name: string): Promise<void> {
  await page.getByRole('button', { name: t('templates.deleteNamed', { name }) }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('templates.confirm') }).click();
  await page.getByRole('status').filter({ hasText: t('templates.deleted', { names: name }) }).waitFor();
  await expect.poll(() => page.getByRole('listitem', { name, exact: true }).count()).toBe(0);
}

export async function upload(page: Page, t: Translate, fileName: string, xml: string): Promise<void> {
  await page.getByLabel(t('templates.upload')).setInputFiles({ name: fileName, mimeType: 'application/xml', buffer: Buffer.from(xml, 'utf8') });
}

export async function openTab(page: Page, t: Translate, tab: 'custom' | 'readyMade' | 'pathTester' | 'dryRun'): Promise<void> {
  await page.getByRole('tab', { name: t(`templates.tab.${tab}`) }).click();
}
