// The engine's costs: (1) ringing -> contacts resolved against a helpdesk that
// answers after a fixed 50 ms, with 3 contact types searched in parallel
// (close to 50 ms, not 150); (2) mapping a 10,000-contact (~5 MB) search
// response into contacts, against JSON.parse of the same text; (3) helpdesk
// requests per call with Always Query on and off.
import { jsonDocument } from '../../main/engine/json-path';
import { readRecords } from '../../main/engine/outputs';
import { loadSpec } from '../integration/engine/harness';
import { callEvents, startPipeline } from '../integration/engine/pipeline-harness';
import { formatNs, measure, printComparison } from './measure';

const LATENCY_MS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function ringingToContacts(): Promise<void> {
  const p = await startPipeline('basic', (s) => {
    s.journal.enabled = false;
    s.popup.enabled = false;
  }, { latencyMs: LATENCY_MS });
  try {
    p.server.addContact({ first_name: 'Ada', phone: '+14155550100' });
    p.server.addContact({ first_name: 'Bob', phone: '+14155550100', type: 'leads' });
    const samples: number[] = [];
    for (let i = 0; i < 60; i++) {
      const [ringing] = callEvents({ from: '+14155550100', talk: 1 });
      if (!ringing) throw new Error('no ringing event');
      const started = performance.now();
      await p.pipeline.onEvent(ringing);
      const elapsed = performance.now() - started;
      if (p.pipeline.session(ringing.sipCallId)?.contacts.length !== 2) throw new Error('contacts not resolved');
      if (i >= 10) samples.push(elapsed);
    }
    const overhead = samples.map((s) => s - LATENCY_MS).sort((a, b) => a - b);
    const p50 = percentile(overhead, 50);
    const p99 = percentile(overhead, 99);
    console.log(`\nringing -> 2 contacts from 3 contact types (helpdesk answers after ${LATENCY_MS} ms), ${samples.length} calls`);
    console.log(`  overhead = measured - ${LATENCY_MS} ms: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
    console.log(`  measured p50 ${(p50 + LATENCY_MS).toFixed(2)} ms = ${((p50 + LATENCY_MS) / LATENCY_MS).toFixed(2)}x one request (sequential types would be ~3x)`);
  } finally {
    await p.close();
  }
}

function bigSearchResponse(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      JSON.stringify({
        id: String(100000 + i),
        first_name: `First${i}`,
        last_name: `Last${i}`,
        company: `Company number ${i % 97} incorporated`,
        email: `person${i}@example.com`,
        phone: `+1415${String(5550000 + i).padStart(7, '0')}`,
        mobile: `+1628${String(5550000 + i).padStart(7, '0')}`,
        owner: `owner-${i % 13}`,
        updated_at: '2026-11-22T10:00:00Z',
        notes: 'x'.repeat(260),
        tags: ['vip', 'support', 'emea'],
      }),
    );
  }
  return `{"data":[${rows.join(',')}],"meta":{"count":${count}}}`;
}

function mapBigResponse(): void {
  const text = bigSearchResponse(10_000);
  const spec = loadSpec('basic');
  const request = spec.scenarios.get('SyncContactAuto')?.requests[0];
  if (!request) throw new Error('no contacts request');
  const records = readRecords(jsonDocument(text), request.outputs, { Phone: '+14155550100' }, 'ContactsId');
  if (records.length !== 10_000) throw new Error(`mapped ${records.length} contacts`);
  const mapped = measure('map 10,000 contacts', () => readRecords(jsonDocument(text), request.outputs, { Phone: '+14155550100' }, 'ContactsId'), 2000);
  const parsed = measure('JSON.parse', () => JSON.parse(text), 1000);
  console.log(`\nsearch response of 10,000 contacts, ${(text.length / 1e6).toFixed(2)} MB, ${request.outputs.length} outputs each`);
  printComparison('mapping a search response', [{ label: 'outputs -> 10,000 contacts (gjson paths)', ns: mapped.nsPerOp, baselineNs: parsed.nsPerOp, baselineName: 'JSON.parse' }]);
  console.log(`  per contact: ${formatNs(mapped.nsPerOp / 10_000)}`);
}

async function requestsPerCall(alwaysQuery: boolean): Promise<number> {
  const p = await startPipeline('basic', (s) => {
    s.contactSync.alwaysQuery = alwaysQuery;
    s.popup.enabled = false;
  });
  try {
    const numbers = ['+14155550101', '+14155550102', '+14155550103', '+14155550104', '+14155550105'];
    for (const n of numbers) p.server.addContact({ first_name: 'Known', phone: n });
    const calls = 50;
    for (let i = 0; i < calls; i++) await p.call(callEvents({ from: numbers[i % numbers.length], talk: 3 }));
    return p.server.apiRequests().length / calls;
  } finally {
    await p.close();
  }
}

export default async function engineBench(): Promise<void> {
  await ringingToContacts();
  mapBigResponse();
  const on = await requestsPerCall(true);
  const off = await requestsPerCall(false);
  console.log('\nhelpdesk requests per call (3 contact types + journal; 50 calls from 5 known numbers)');
  console.log(`  Always Query on:  ${on.toFixed(2)} requests/call`);
  console.log(`  Always Query off: ${off.toFixed(2)} requests/call   ratio ${(off / on).toFixed(2)}x`);
}
