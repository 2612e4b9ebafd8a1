// A found value keeps its document and offsets, and lookups inside it scan
// the document in place (see "Performance" in shared/gjson/index.ts). They
// must answer exactly as gjson's Result.Get does: Get(raw, path), with the
// value's index added (to each of the indexes if there are any, else to
// index). The differential test compares only exists/type/raw/String(), so
// this holds the in-place walks to the rest: str, num, index, indexes, and
// the elements that array() and forEach() give.
import { describe, expect, it } from 'vitest';
import { get, parse } from '../../../shared/gjson';
import type { Result } from '../../../shared/gjson';
import { generatePairs } from './generator';

const SEEDS = [1, 2, 3];
const PAIRS_PER_SEED = 3000;
/** Sub-paths tried on every JSON value, besides the other generated paths. */
const SUB_PATHS = ['0', '1', '#', '#.id', '#.name', 'a', 'a.b', '*', '0.a', '#(id>1)#', '#(name%"*a*")', '0|a', '@reverse', '@reverse|0', '[0,1]', '{a,b}', '..0', '!true', ''];

interface Seen {
  type: string;
  raw: string;
  str: string;
  num: string;
  index: number;
  indexes: readonly number[] | undefined;
  exists: boolean;
}

function seen(r: Result): Seen {
  return { type: r.type, raw: r.raw, str: r.str, num: String(Object.is(r.num, -0) ? '-0' : r.num), index: r.index, indexes: r.indexes, exists: r.exists() };
}

/** gjson Result.Get: Get(raw, path) with the value's index added. */
function expectedGet(value: Result, path: string): Seen {
  const answer = seen(get(value.raw, path));
  if (value.index === 0) return answer;
  if (answer.indexes !== undefined) return { ...answer, indexes: answer.indexes.map((x) => x + value.index) };
  return { ...answer, index: answer.index + value.index };
}

describe('lookups inside a found value', () => {
  it('answer as a lookup on its raw text does, offsets included', () => {
    let compared = 0;
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const pairs = generatePairs(seed, PAIRS_PER_SEED);
      pairs.forEach((pair, k) => {
        const value = get(pair.json, pair.path);
        if (value.type !== 'JSON') return;
        const next = pairs[(k + 1) % pairs.length]?.path ?? '';
        for (const sub of [...SUB_PATHS, next]) {
          const got = seen(value.get(sub));
          const want = expectedGet(value, sub);
          compared++;
          if (JSON.stringify(got) !== JSON.stringify(want) && failures.length < 5) {
            failures.push(`seed ${seed} #${k} json=${JSON.stringify(pair.json)} path=${JSON.stringify(pair.path)} sub=${JSON.stringify(sub)}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
          }
        }
      });
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
  });

  it('iterate the same elements as the value parsed on its own, at offsets in the document', () => {
    let compared = 0;
    for (const seed of SEEDS) {
      for (const pair of generatePairs(seed, PAIRS_PER_SEED)) {
        const value = get(pair.json, pair.path);
        if (value.type !== 'JSON' || value.indexes !== undefined) continue;
        const alone = parse(value.raw);
        const shiftBy = (r: Result): Seen => ({ ...seen(r), index: r.index + value.index });
        expect(value.array().map(seen)).toEqual(alone.array().map(shiftBy));
        const pairsOf = (r: Result, shift: boolean): [Seen, Seen][] => {
          const out: [Seen, Seen][] = [];
          r.forEach((k, v) => {
            out.push(shift ? [k.type === 'String' ? shiftBy(k) : seen(k), shiftBy(v)] : [seen(k), seen(v)]);
          });
          return out;
        };
        expect(pairsOf(value, false)).toEqual(pairsOf(alone, true));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
