// The scanner's fast paths must end exactly where gjson's byte loops end.
// parseSquash tries a regex before its character loop (see scan.ts); these
// hold the regex to the loop on text made of the characters that matter
// (brackets of every kind, quotes, backslashes), balanced or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { get } from '../../../shared/gjson';
import { parseSquash, parseSquashLoop } from '../../../shared/gjson/scan';

const OPENERS = ['[', '{', '('];
const pieces = fc.constantFrom('[', ']', '{', '}', '(', ')', '"', '\\', '\\\\', '\\"', 'a', ' ', ',', ':', '1', 'é', '😀');

describe('parseSquash', () => {
  it('ends where the character loop ends, for any text and any end bound', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENERS), fc.array(pieces, { maxLength: 60 }), fc.nat(), fc.nat(), (open, rest, pad, cut) => {
        const json = ' '.repeat(pad % 3) + open + rest.join('');
        const i = pad % 3;
        const n = i + 1 + (cut % (json.length - i));
        expect(parseSquash(json, i, n)).toBe(parseSquashLoop(json, i, n));
        expect(parseSquash(json, i, json.length)).toBe(parseSquashLoop(json, i, json.length));
      }),
      { numRuns: 5000 },
    );
  });

  it('ends where the loop ends on nesting deeper than the regex handles', () => {
    for (let depth = 1; depth <= 12; depth++) {
      const json = `${'[{('.repeat(depth)}"x\\"]"${')}]'.repeat(depth)},1`;
      expect(parseSquash(json, 0, json.length)).toBe(parseSquashLoop(json, 0, json.length));
      expect(parseSquash(json, 0, json.length)).toBe(json.length - 2);
    }
  });

  it('stays bounded on long unbalanced text within the regex window', () => {
    // A failed regex try reads what it read once more; these must simply finish.
    const deep = `{"a":${'[{'.repeat(4000)}"x"`;
    expect(get(deep, 'b').exists()).toBe(false);
    const open = `{"a":[${'"x",'.repeat(10_000)}"unterminated`;
    expect(get(open, 'b').exists()).toBe(false);
    expect(get(`{"a":[${'1,'.repeat(30_000)}2],"b":3}`, 'b').raw).toBe('3');
  });
});
