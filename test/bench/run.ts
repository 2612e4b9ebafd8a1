// `npm run bench`: runs every test/bench/*.bench.ts in turn. Each exports a
// default async function that measures, prints its figures and the ratio
// against a baseline measured in the same run. Pass names to run a subset:
// `npm run bench -- gjson`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const filters = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
    await mod.default();
  } catch (error) {
    failed++;
    console.error(`bench ${file} failed:`, error);
  }
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
