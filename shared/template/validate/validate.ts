// All template checks, in document order of what they look at.
import type { TemplateCheckers } from '../checkers';
import { DiagnosticList, sortDiagnostics, type Diagnostic } from '../diagnostics';
import type { Scenario, Template } from '../model';
import { checkAuth } from './auth';
import type { ValidationContext } from './context';
import { checkExpressions } from './expressions';
import { checkCreation, checkSyncContactAuto, checkUserAssociation } from './features';
import { checkInformation } from './information';
import { checkNewerAuth, checkPaging, checkSearchContact } from './newer-editions';
import { checkFathers } from './parameters';
import { checkRequests } from './requests';
import { checkScenarioList } from './scenarios';

export function validateTemplate(template: Template, checkers: TemplateCheckers): Diagnostic[] {
  const report = new DiagnosticList(template.document);
  const scenarios = new Map<string, Scenario>();
  for (const s of template.information.scenarios) if (s.id && !scenarios.has(s.id)) scenarios.set(s.id, s);
  const ctx: ValidationContext = { template, checkers, report, scenarios };
  checkInformation(ctx);
  checkScenarioList(ctx);
  checkAuth(ctx);
  checkNewerAuth(ctx);
  for (const s of scenarios.values()) {
    checkPaging(ctx, s);
    if (s.id === 'SearchContact') checkSearchContact(ctx, s);
    checkFathers(ctx, s, s.parameters, false);
    checkRequests(ctx, s);
    if (s.id === 'SyncContactAuto') checkSyncContactAuto(ctx, s);
    if (s.id === 'UserAssociation') checkUserAssociation(ctx, s);
    if (s.id === 'CreateNewContact') checkCreation(ctx, s, undefined);
    if (s.id === 'CreateNewTicket') checkCreation(ctx, s, 'CreateNewTicket');
    if (s.id === 'CallJournal') checkCreation(ctx, s, undefined);
  }
  checkExpressions(ctx);
  return sortDiagnostics(report.items);
}
