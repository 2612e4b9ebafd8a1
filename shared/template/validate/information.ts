// <Information>: the template's properties, and the features they switch on.
import { lintMessage as lint } from '../../i18n/lint';
import { AUTH_METHODS } from '../vocabulary';
import { isFlag, quoted, type ValidationContext } from './context';

const FEATURE_FLAGS = [
  ['UserAssociation', 'UserAssociation'],
  ['CallJournal', 'CallJournal'],
  ['CreateNewContact', 'CreateNewContact'],
  ['CreateNewTicket', 'CreateNewTicket'],
] as const;

export function checkInformation(ctx: ValidationContext): void {
  const info = ctx.template.information;
  const e = info.element;
  const r = ctx.report;
  const provider = info.provider;
  if (provider === undefined) r.warning(e, lint('information.noProvider'));
  else if (provider !== 'helpdesk' && provider !== 'crm') r.error(e, lint('information.badProvider', { found: quoted(provider) }), 'Provider');
  if (!info.name?.trim()) r.error(e, lint('information.noName'), info.name === undefined ? undefined : 'Name');
  if (info.key === undefined || info.key.trim() === '') r.info(e, lint('information.noKey'));
  const logo = info.logo;
  if (logo !== undefined && /[/\\]|^\.\.?$/.test(logo)) r.error(e, lint('information.logoPath', { logo: quoted(logo) }), 'Logo');
  const authType = info.authType;
  if (authType !== undefined && authType !== '' && !(AUTH_METHODS as readonly string[]).includes(authType)) {
    r.error(e, lint('information.badAuthType', { methods: AUTH_METHODS.join(', '), found: quoted(authType) }), 'AuthType');
  }
  const max = info.maxConcurrentRequest;
  if (max === undefined) r.warning(e, lint('information.noMaxConcurrent'));
  else if (info.maxConcurrentRequestCount === undefined || info.maxConcurrentRequestCount < 1) {
    r.error(e, lint('information.badMaxConcurrent', { found: quoted(max) }), 'MaxConcurrentRequest');
  }
  for (const [attribute, scenarioId] of FEATURE_FLAGS) {
    const value = info.attribute(attribute);
    if (value === undefined) continue;
    if (!isFlag(value)) {
      r.error(e, lint('information.flagNotBinary', { attribute, found: quoted(value) }), attribute);
      continue;
    }
    if (value !== '1') continue;
    const s = ctx.scenarios.get(scenarioId);
    if (!s || s.requests.length === 0) {
      r.error(e, lint('information.featureWithoutScenario', { attribute, scenario: scenarioId }), attribute);
    }
  }
  if (provider === 'crm' && info.createNewTicket === true) {
    r.warning(e, lint('information.crmTicket'), 'CreateNewTicket');
  }
}
