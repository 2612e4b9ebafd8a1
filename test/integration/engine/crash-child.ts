// A Ringdesk engine in its own process, for the crash test: it journals
// calls crash-0 .. crash-<count-1> through the pipeline and the outbox, and
// prints DONE once every journal is delivered. Killed at any moment and
// started again, it picks up where the durable outbox says it was.
// argv: dataDir helpdeskUrl count
import { readFileSync } from 'node:fs';
import { defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import { OutboxDelivery } from '../../../main/engine/outbox-delivery';
import { CallPipeline } from '../../../main/features/call-pipeline';
import { ContactLookup } from '../../../main/features/contact-lookup';
import { IntegrationRuntime } from '../../../main/features/integration-runtime';
import { Outbox } from '../../../main/store/outbox';
import { Phonebook } from '../../../main/store/phonebook';
import { CREDENTIALS, MemoryVault, templatePath } from './harness';
import { callEvents } from './pipeline-harness';

const [dataDir = '', url = '', countText = '200'] = process.argv.slice(2);
const count = Number(countText);
const integration = defaultIntegrationSettings();
integration.templateKey = 'helpdesk-test-basic';
integration.fields = { base_url: url, username: CREDENTIALS.username };
integration.contactSync.enabled = false;
const settings = { integration, region: 'US' };
const vault = Object.assign(new MemoryVault(), { names: () => [] as string[] });
vault.set('integration:helpdesk-test-basic:field:password', CREDENTIALS.password);
const runtime = new IntegrationRuntime({
  dataDir,
  settings: () => settings,
  saveFields: () => {},
  templates: () => readFileSync(templatePath('basic'), 'utf8'),
  vault,
  http: { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000 },
});
const outbox = new Outbox(dataDir);
const phonebook = new Phonebook(dataDir);
const pipeline = new CallPipeline({ active: () => runtime.active(), lookup: new ContactLookup(phonebook), outbox, phonebook, publish: () => {}, openPopup: async () => {} });
const delivery = new OutboxDelivery(outbox, { integration: () => runtime.integration(), baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 1000 });
delivery.start();
process.stdout.write('READY\n');
for (let i = 0; i < count; i++) {
  const callId = `crash-${i}`;
  if (outbox.byKey(`${callId}:CallJournal`)) continue;
  for (const event of callEvents({ callId, from: `+1415555${String(1000 + i).padStart(4, '0')}`, talk: 5 })) await pipeline.onEvent(event);
}
const waitDone = async () => {
  for (;;) {
    const items = outbox.list();
    if (items.length === count && items.every((i) => i.state === 'done')) return;
    await new Promise((r) => setTimeout(r, 20));
  }
};
await waitDone();
delivery.stop();
process.stdout.write('DONE\n');
