// Differential test: thousands of generated (document, path) pairs through
// both this port and tidwall/gjson v1.14.4 (test/reference/gjson, one
// long-lived Go process fed in one batch). Any difference in exists, type,
// raw, String() or Valid() fails, printing the seed and the first cases.
// Replay a run with GJSON_SEED=<seed>.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { get, valid } from '../../../shared/gjson';
import { buildGoReference } from '../../support/go-reference';
import { requireTools } from '../../support/tools';
import { generatePairs } from './generator';
import type { Pair } from './generator';

interface Answer {
  exists: boolean;
  type: string;
  raw: string;
  str: string;
  valid: boolean;
  panic?: string;
}

const PAIRS = 12_000;
const tools = requireTools('go');

async function askReference(binary: string, pairs: readonly Pair[]): Promise<Answer[]> {
  const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(pairs.map((p) => JSON.stringify({ json: p.json, path: p.path })).join('\n') + '\n');
  const code = await done;
  if (code !== 0) throw new Error(`gjson reference exited with ${code}: ${stderr}`);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l !== '');
  return lines.map((l) => JSON.parse(l) as Answer);
}

describe('gjson against the Go reference (generated pairs)', () => {
  it.skipIf(!tools.ok)(`agrees on ${PAIRS} generated document/path pairs ${tools.reason}`, async () => {
    const seed = process.env.GJSON_SEED !== undefined ? Number(process.env.GJSON_SEED) : Math.floor(Math.random() * 2 ** 31);
    const pairs = generatePairs(seed, PAIRS);
    const binary = await buildGoReference('gjson');
    const expected = await askReference(binary, pairs);
    expect(expected).toHaveLength(pairs.length);
    const diffs: string[] = [];
    let panics = 0;
    let hits = 0;
    pairs.forEach((pair, i) => {
      const want = expected[i];
      if (want === undefined) return;
      if (want.panic !== undefined) {
        panics++;
        return;
      }
      const r = get(pair.json, pair.path);
      const got: Answer = { exists: r.exists(), type: r.type, raw: r.raw, str: r.string(), valid: valid(pair.json) };
      if (got.exists) hits++;
      const { panic: _p, ...wantCore } = want;
      if (JSON.stringify(got) !== JSON.stringify(wantCore)) {
        diffs.push(`#${i} json=${JSON.stringify(pair.json)}\n   path=${JSON.stringify(pair.path)}\n   go  =${JSON.stringify(wantCore)}\n   ts  =${JSON.stringify(got)}`);
      }
    });
    const summary = `seed ${seed} (replay: GJSON_SEED=${seed}): ${pairs.length} pairs, ${hits} found a value, ${panics} panicked in Go (skipped), ${diffs.length} differ`;
    if (diffs.length > 0) {
      throw new Error(`${summary}\nfirst differences:\n${diffs.slice(0, 8).join('\n')}`);
    }
    // Most pairs must reach a value, or the generator is not testing much.
    expect(hits, summary).toBeGreaterThan(pairs.length * 0.4);
    console.log(summary);
  });
});
