// shared/gotemplate against Go's text/template on the guide's CallJournal and
// CreateNewTicket request bodies with a full call variable set: parse and
// execute, ns/op, ratio (target: execute no slower than Go).
import { execFile } from 'node:child_process';
import { parse } from '../../shared/gotemplate';
import type { EscapeMode } from '../../shared/gotemplate';
import { buildGoReference } from '../support/go-reference';
import { measure, printComparison } from './measure';

// The guide's bodies as printed (helpdesk-template-guide.txt, "Call journal
// scenario" and "Automatic ticket creation scenario"). The only change: the
// guide breaks `{{ .ContactNumber}}` across a line inside the action, which no
// Go template accepts.
const callJournal = `{ "data"[{"{{ .Owner }}{{ .WhoModule }}":
{"Description": "{{ .Description}}", "Voice_Recording__s": "{{ .RecordPath}}", "
Call_Start_Time": "{{ TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss-z"
"1"}}", "Subject&": "{{ .Subject}}", "Call_Type":
"Inbound", "Call_Result": "{{ .Call_Log_Status}}", "Call_Duration":
"{{ .Talk_Duration_Sec}}"}]}]`;

const createNewTicket = `{ "subject": "{{ .Subject}}", "contactId": "{{ .ContactId}}", "phone": "{{ .ContactNumber}}", "description": "{{ .Description}}"; }`;

const callVariables = {
  Subject: 'Inbound Answered - from Alice Smith <1001> to 5551234',
  Description: '2023-01-01 08:59:59 Inbound Answered - from Alice Smith <1001> to 5551234 00:01:05',
  Time: '2023-01-01 08:59:59',
  StartTimeUnix: 1672531199,
  EndTimeUnix: 1672531264,
  Call_From: 'Alice Smith <1001>',
  Call_To: '5551234',
  CallerName: 'Alice Smith',
  CallerNumber: '1001',
  CalleeName: 'Support',
  CalleeNumber: '5551234',
  CrmId: '9001',
  ExtensionFirstName: 'Bob',
  ExtensionLastName: 'Agent',
  ExtensionEmail: 'bob@example.com',
  ContactSyncType: 'contacts',
  ContactNumber: '+1 (555) 010-9999',
  ContactId: '42',
  TicketId: '7781',
  CallDuration: '00:01:10',
  Talk_Duration: '00:01:05',
  Talk_Duration_Sec: 65,
  Communication_Type: 'Inbound',
  Call_Status: 'Answered',
  Call_Log_Status: 'ANSWERED',
  CallDisposition: 'ANSWERED',
  Owner: '{"id":"9001"}',
  WhoModule: 'Contacts',
  RecordPath: 'https://pbx.example.com/recordings/20230101-085959.wav',
  domain: 'desk.example.com',
};

interface GoFigures {
  name: string;
  parseNs: number;
  execNs: number;
  out: string;
}

async function goFigures(templates: { name: string; text: string }[]): Promise<GoFigures[]> {
  const binary = await buildGoReference('gotemplate');
  return new Promise((resolve, reject) => {
    const child = execFile(binary, ['bench'], { maxBuffer: 1 << 24 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout.trim().split('\n').map((l) => JSON.parse(l) as GoFigures));
    });
    child.stdin?.end(JSON.stringify({ templates, data: callVariables, tz: 'Asia/Shanghai' }));
  });
}

export default async function (): Promise<void> {
  const templates = [
    { name: 'CallJournal', text: callJournal },
    { name: 'CreateNewTicket', text: createNewTicket },
  ];
  const go = await goFigures(templates);
  const rows: { label: string; ns: number; baselineNs: number; baselineName: string }[] = [];
  for (const { name, text } of templates) {
    const g = go.find((f) => f.name === name);
    if (!g) throw new Error(`Go bench gave nothing for ${name}`);
    const parsed = parse('t', text, { timeZone: 'Asia/Shanghai' });
    if (parsed.execute(callVariables) !== g.out) throw new Error(`${name}: output differs from Go's`);
    rows.push({ label: `${name} parse`, ns: measure(`${name} parse`, () => parse('t', text, { timeZone: 'Asia/Shanghai' })).nsPerOp, baselineNs: g.parseNs, baselineName: 'Go' });
    for (const escape of ['text', 'json'] as EscapeMode[]) {
      const t = parse('t', text, { timeZone: 'Asia/Shanghai', escape });
      const m = measure(`${name} execute (${escape})`, () => t.execute(callVariables));
      rows.push({ label: `${name} execute, escape ${escape}`, ns: m.nsPerOp, baselineNs: g.execNs, baselineName: 'Go' });
    }
  }
  printComparison('gotemplate: parse and execute vs Go text/template (ratio < 1: faster than Go)', rows);
}
