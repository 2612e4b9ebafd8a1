// Dry run: the exact requests a scenario would send for a sample call,
// rendered by the engine's own prepareRequest (same escaping, same headers,
// same auth header), and never sent. Values only a live helpdesk could give
// (outputs of earlier requests: GetGlobalInfo, a created ticket's id, the
// matched contact) get a visible `sample-<Name>` value and are listed, so the
// admin sees which parts of a URL or body come from responses. Secrets (the
// password fields, the basic string, the token) are shown as ***.
import { Buffer } from 'node:buffer';
import type { CallRecord } from '../../shared/calls/call-record';
import { problem, ProblemError, problemOf } from '../../shared/i18n/problem';
import { callVariables } from '../../shared/calls/variables';
import type { DryRunHttpRequest, DryRunRequest, DryRunResult } from '../../shared/templates-ipc';
import type { IntegrationSpec, RequestSpec, ScenarioSpec } from '../engine/integration-spec';
import { commonRequest, secretFieldNames } from '../engine/integration-spec';
import { Redactor } from '../engine/redactor';
import { prepareRequest } from '../engine/request-runner';
import { namesFromDisplayName } from '../engine/scenarios/create-contact';
import { scenarioTexts } from '../engine/scenarios/scenario-texts';
import { loadIntegrationSpec } from '../engine/spec-from-template';
import { renderText } from '../engine/template-text';

export interface DryRunOptions {
  /** Region for reading numbers (settings.general.defaultRegion). */
  readonly region: string;
  readonly timeZone?: string | undefined;
  /** When the sample call started ringing (epoch ms). */
  readonly now: number;
}

const SAMPLE_TOKEN = 'sample-access-token';

class Samples {
  readonly names = new Set<string>();
  value(name: string): string {
    this.names.add(name);
    return `sample-${name}`;
  }
}

function sampleFields(spec: IntegrationSpec, given: Readonly<Record<string, string>>, samples: Samples): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of spec.auth.customFields) {
    const value = given[field.name];
    if (value !== undefined && value !== '') fields[field.name] = value;
    else if (field.editor === 'list' && field.options[0] !== undefined) fields[field.name] = field.options[0];
    else fields[field.name] = samples.value(field.name);
  }
  return fields;
}

/** The auth header and variables the method would add, with the secret registered for redaction. */
function sampleAuth(spec: IntegrationSpec, fields: Record<string, string>, redactor: Redactor): { headers: Record<string, string>; variables: Record<string, string> } {
  switch (spec.auth.method) {
    case 'none':
      return { headers: {}, variables: {} };
    case 'basic': {
      const plain = renderText(spec.auth.basicCredential ?? '{{.username}}:{{.password}}', fields, { escape: 'text' });
      const encoded = Buffer.from(plain, 'utf8').toString('base64');
      redactor.add(encoded);
      return { headers: { Authorization: `Basic ${encoded}` }, variables: { basic_string: encoded } };
    }
    case 'oauth2':
    case 'bearertoken':
      redactor.add(SAMPLE_TOKEN);
      return { headers: { Authorization: `${spec.auth.tokenType} ${SAMPLE_TOKEN}` }, variables: { AccessToken: SAMPLE_TOKEN } };
  }
}

function sampleRecord(request: DryRunRequest, now: number): CallRecord {
  const { call } = request;
  const answeredAt = call.talkSeconds > 0 ? now + call.ringSeconds * 1000 : undefined;
  const endedAt = now + (call.ringSeconds + call.talkSeconds) * 1000;
  return {
    callId: 'dry-run',
    direction: call.direction,
    local: { number: call.localNumber, name: call.localName },
    remote: { number: call.remoteNumber, name: call.remoteName },
    startedAt: now,
    answeredAt,
    endedAt,
    outcome: answeredAt !== undefined ? 'answered' : call.direction === 'inbound' ? 'missed' : 'no-answer',
  };
}

function outputSamples(requests: readonly RequestSpec[], vars: Record<string, string>, samples: Samples): void {
  for (const request of requests) for (const output of request.outputs) if (!vars[output.name]) vars[output.name] = samples.value(output.name);
}

export function dryRun(xml: string, fileName: string, request: DryRunRequest, options: DryRunOptions): DryRunResult {
  const spec = loadIntegrationSpec(xml, fileName);
  const scenario: ScenarioSpec | undefined = spec.scenarios.get(request.scenario);
  if (!scenario) throw new ProblemError(problem('template.dryRunNoScenario', { file: fileName, scenario: JSON.stringify(request.scenario) }));
  const samples = new Samples();
  const redactor = new Redactor();
  const fields = sampleFields(spec, request.fields, samples);
  for (const name of secretFieldNames(spec)) redactor.add(fields[name]);
  const auth = sampleAuth(spec, fields, redactor);

  const globals: Record<string, string> = {};
  if (scenario.id !== 'GetGlobalInfo') outputSamples(spec.scenarios.get('GetGlobalInfo')?.requests ?? [], globals, samples);
  const firstType = spec.scenarios.get('SyncContactAuto')?.requests[0]?.name ?? '';
  const call = callVariables(sampleRecord(request, options.now), {
    region: options.region,
    phoneFormat: 'as-dialled',
    timeZone: options.timeZone,
    agent: { crmId: samples.value('CrmId'), firstName: samples.value('ExtensionFirstName'), lastName: samples.value('ExtensionLastName'), email: samples.value('ExtensionEmail') },
    contact: scenario.id === 'SyncContactAuto' || scenario.id === 'CreateNewContact' ? undefined : { syncType: firstType, id: samples.value('ContactId'), number: request.call.remoteNumber },
    ticketId: scenario.id === 'CreateNewTicket' ? undefined : samples.value('TicketId'),
  });
  const base: Record<string, string> = { ...fields, ...globals, ...call, ...auth.variables };

  const render = (spec_: RequestSpec, vars: Record<string, string>): DryRunHttpRequest => {
    try {
      const prepared = prepareRequest(spec_, vars, spec.auth.commonHeaders, options.timeZone);
      const headers = { ...prepared.headers, ...auth.headers };
      return {
        scenario: spec_.scenario,
        request: spec_.name,
        method: prepared.method,
        url: redactor.redact(prepared.url),
        headers: Object.entries(headers).map(([name, value]) => ({ name, value: redactor.redact(`${name}: ${value}`).slice(name.length + 2) })),
        ...(prepared.body === undefined ? {} : { body: redactor.redact(prepared.body) }),
      };
    } catch (error) {
      return { scenario: spec_.scenario, request: spec_.name, method: spec_.method, url: '', headers: [], error: redactor.redactProblem(problemOf(error)) };
    }
  };

  const rendered: DryRunHttpRequest[] = [];
  let variables = base;
  switch (scenario.id) {
    case 'SyncContactAuto':
    case 'SearchContact':
      for (const r of scenario.requests) {
        const vars = { ...base, ContactSyncType: r.name, SearchValue: request.call.remoteNumber };
        variables = vars;
        rendered.push(render(r, vars));
        const next = r.next === undefined ? undefined : commonRequest(spec, r.next);
        if (next) {
          const contact: Record<string, string> = {};
          outputSamples([r], contact, samples);
          rendered.push(render(next, { ...vars, ...contact, ContactId: contact.ContactsId ?? samples.value('ContactId') }));
        }
      }
      break;
    case 'CreateNewContact': {
      const names = namesFromDisplayName(request.call.remoteName, request.call.remoteNumber);
      for (const r of scenario.requests) {
        const vars = { ...base, ContactSyncType: r.name, FirstName: names.firstName, LastName: names.lastName, BusinessNumber: names.number, DisplayName: [names.firstName, names.lastName].join(' ').trim() };
        variables = vars;
        rendered.push(render(r, vars));
      }
      break;
    }
    default: {
      // CreateNewTicket, CallJournal and the rest: Subject/Description first,
      // then each request with the outputs of the ones before it.
      let texts: Record<string, string> = {};
      try {
        texts = scenario.id === 'CreateNewTicket' || scenario.id === 'CallJournal' ? scenarioTexts(scenario, {}, base, options.timeZone) : {};
      } catch (error) {
        rendered.push({ scenario: scenario.id, request: '(Subject/Description)', method: '', url: '', headers: [], error: redactor.redactProblem(problemOf(error)) });
      }
      const vars: Record<string, string> = { ...base, ...texts };
      scenario.requests.forEach((r, i) => {
        outputSamples(scenario.requests.slice(0, i), vars, samples);
        rendered.push(render(r, { ...vars }));
      });
      variables = vars;
    }
  }
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) shown[name] = redactor.redact(value);
  return { requests: rendered, variables: shown, samples: [...samples.names].sort() };
}
