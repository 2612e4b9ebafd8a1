// <Information>: the template's properties, and the features they switch on.
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
  if (provider === undefined) r.warning(e, 'Information has no Provider: expected Provider="helpdesk" or Provider="crm"');
  else if (provider !== 'helpdesk' && provider !== 'crm') r.error(e, `Provider must be "helpdesk" or "crm", found ${quoted(provider)}`, 'Provider');
  if (!info.name?.trim()) r.error(e, 'Information needs a Name (the helpdesk name shown in the list)', info.name === undefined ? undefined : 'Name');
  if (info.key === undefined || info.key.trim() === '') r.info(e, 'Information has no Key; one is generated when the template is stored');
  const logo = info.logo;
  if (logo !== undefined && /[/\\]|^\.\.?$/.test(logo)) r.error(e, `Logo must be a file name, not a path: ${quoted(logo)}`, 'Logo');
  const authType = info.authType;
  if (authType !== undefined && authType !== '' && !(AUTH_METHODS as readonly string[]).includes(authType)) {
    r.error(e, `AuthType must be one of ${AUTH_METHODS.join(', ')}; found ${quoted(authType)}`, 'AuthType');
  }
  const max = info.maxConcurrentRequest;
  if (max === undefined) r.warning(e, 'Information has no MaxConcurrentRequest; requests will be limited to 1 at a time');
  else if (info.maxConcurrentRequestCount === undefined || info.maxConcurrentRequestCount < 1) {
    r.error(e, `MaxConcurrentRequest must be a whole number of at least 1, found ${quoted(max)}`, 'MaxConcurrentRequest');
  }
  for (const [attribute, scenarioId] of FEATURE_FLAGS) {
    const value = info.attribute(attribute);
    if (value === undefined) continue;
    if (!isFlag(value)) {
      r.error(e, `${attribute} must be 0 or 1, found ${quoted(value)}`, attribute);
      continue;
    }
    if (value !== '1') continue;
    const s = ctx.scenarios.get(scenarioId);
    if (!s || s.requests.length === 0) {
      r.error(e, `${attribute}="1" needs a ${scenarioId} scenario with at least one request`, attribute);
    }
  }
  if (provider === 'crm' && info.createNewTicket === true) {
    r.warning(e, 'CRM templates have no ticket creation (CreateNewTicket is a Helpdesk feature)', 'CreateNewTicket');
  }
}
