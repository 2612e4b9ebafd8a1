// Template parse/validate/serialize cost, in ms per KB, against a baseline
// measured in the same run: fast-xml-parser's validator over the same text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseTemplate, serializeTemplate } from '../../shared/template';
import { must } from '../unit/template/support';
import { measure, printComparison } from './measure';

export default async function (): Promise<void> {
  const files = ['test/fixtures/templates/guide/full-template.xml', 'main/templates/zoho-desk.xml', 'main/templates/request-tracker.xml'];
  const rows: { label: string; ns: number; baselineNs: number; baselineName: string }[] = [];
  for (const file of files) {
    const xml = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    const kb = Buffer.byteLength(xml) / 1024;
    const baseline = measure('fxp validate', () => XMLValidator.validate(xml));
    const scanOnly = measure('parse (no validation)', () => parseTemplate(xml, { validate: false }));
    const full = measure('parse + validate', () => parseTemplate(xml));
    const template = must(parseTemplate(xml).template);
    const write = measure('serialize', () => serializeTemplate(template));
    const name = file.split('/').pop() ?? file;
    for (const m of [scanOnly, full, write]) {
      rows.push({ label: `${name} (${kb.toFixed(1)} KB) ${m.name}`, ns: m.nsPerOp, baselineNs: baseline.nsPerOp, baselineName: 'fxp validate' });
    }
    console.log(`  ${name}: parse + validate ${(full.nsPerOp / 1e6 / kb).toFixed(3)} ms/KB`);
  }
  printComparison('template: parse/validate/serialize vs fast-xml-parser XMLValidator', rows);
}
