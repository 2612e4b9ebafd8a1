// Fast paths must answer exactly as the general code does. The scanner's
// regexes (shared/gjson/skip-patterns.ts) are held to gjson's loops on text
// made of the characters that matter (brackets of every kind, quotes,
// backslashes, value starters), well-formed or not; the matcher's shortcut
// for simple key patterns to the full matcher; the validator's regex to its
// loop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinModifiers, get, parse, valid } from '../../../shared/gjson';
import { jsonString, jsonStringLoop } from '../../../shared/gjson/json-string';
import { forEachMember } from '../../../shared/gjson/members';
import { matchLimit, matchLimitDetailed } from '../../../shared/gjson/match';
import { parseSquash } from '../../../shared/gjson/scan';
import { regexLimit } from '../../../shared/gjson/skip-patterns';

const OPENERS = ['[', '{', '('];
const pieces = fc.constantFrom('[', ']', '{', '}', '(', ')', '"', '\\', '\\\\', '\\"', 'a', ' ', ',', ':', '1', 'é', '😀');

describe('parseSquash', () => {
  it('ends where the character loop ends, for any text and any end bound', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENERS), fc.array(pieces, { maxLength: 60 }), fc.nat(), fc.nat(), (open, rest, pad, cut) => {
        const json = ' '.repeat(pad % 3) + open + rest.join('');
        const i = pad % 3;
        const n = i + 1 + (cut % (json.length - i));
        expect(parseSquash(json, i, n)).toBe(withoutRegexes(() => parseSquash(json, i, n)));
        expect(parseSquash(json, i, json.length)).toBe(withoutRegexes(() => parseSquash(json, i, json.length)));
      }),
      { numRuns: 5000 },
    );
  });

  it('ends where the loop ends on nesting deeper than the regex handles', () => {
    for (let depth = 1; depth <= 12; depth++) {
      const json = `${'[{('.repeat(depth)}"x\\"]"${')}]'.repeat(depth)},1`;
      expect(parseSquash(json, 0, json.length)).toBe(withoutRegexes(() => parseSquash(json, 0, json.length)));
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

/** `run` with the regex fast paths off: the loops alone. */
function withoutRegexes<T>(run: () => T): T {
  const saved = regexLimit.maxText;
  regexLimit.maxText = -1;
  try {
    return run();
  } finally {
    regexLimit.maxText = saved;
  }
}

const memberPieces = fc.constantFrom(
  '{', '}', '[', ']', '(', ')', '"a"', '"b"', '"k*"', '"\\u0061"', '"a\\"b"', ':', ',', ' ', '\n', '"', '\\',
  '1', '-2.5e3', 'n', 'nu', 'null', 'true', 'fx', 'I', 'i', 'N', 'u', 'x', '"x y"', '{"a":1}', '[1,"]"]', '"😀a"', '"\ud83d"', '"ab"',
);

describe('object member search', () => {
  it('finds what the loop finds, for any text', () => {
    const paths = fc.constantFrom('a', 'b', 'a*', '?', '??', '?a', '*b', 'a?', 'k?', '*.a', 'k\\*', 'a.b', 'b.a', 'a.0', 'a.#', 'x', 'a|b', 'b.#(a==1)');
    fc.assert(
      fc.property(fc.array(memberPieces, { maxLength: 40 }), paths, (pieces, path) => {
        const json = `{${pieces.join('')}`;
        const fast = get(json, path);
        const loop = withoutRegexes(() => get(json, path));
        expect({ exists: fast.exists(), type: fast.type, raw: fast.raw.trimEnd(), index: fast.index }).toEqual({
          exists: loop.exists(),
          type: loop.type,
          raw: loop.raw.trimEnd(),
          index: loop.index,
        });
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('wildcard matching', () => {
  it('answers as the full matcher for any key and pattern', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'é', '😀', '\ud800', '?', '*', '\\'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (str, pattern) => {
        expect(matchLimit(str, pattern)).toBe(matchLimitDetailed(str, pattern).matched);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('validation', () => {
  const validPieces = fc.constantFrom(
    '{', '}', '[', ']', '"a"', '"\\u00e9"', '"\\x"', '"\\/"', '"\t"', '"', '\\', ':', ',', ' ', '\n', '\t', '\r', '\v',
    '0', '01', '-', '-0', '1.', '1.5', '2e', '3E+4', '-2.5e-3', 'true', 'false', 'null', 'nul', 'truex', '"😀"', '"\ud83d"',
  );

  it('answers as the loop for any text', () => {
    fc.assert(
      fc.property(fc.array(validPieces, { maxLength: 40 }), (pieces) => {
        const json = pieces.join('');
        expect(valid(json)).toBe(withoutRegexes(() => valid(json)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers as the loop for JSON of any nesting, whole or cut short', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'large' }), fc.nat(), (json, cut) => {
        expect(valid(json)).toBe(true);
        expect(withoutRegexes(() => valid(json))).toBe(true);
        const part = json.slice(0, cut % (json.length + 1));
        expect(valid(part)).toBe(withoutRegexes(() => valid(part)));
      }),
      { numRuns: 5000 },
    );
    for (let depth = 1; depth <= 10; depth++) {
      const json = `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`;
      expect(valid(json)).toBe(true);
      expect(valid(`${json},`)).toBe(false);
    }
  });
});

describe('JSON strings', () => {
  const chars = fc.constantFrom('a', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0001', '\u001f', '<', '>', '&', '\u2028', '\u2029', 'é', '😀', '\ud83d', '\ude00', '\u007f', 'u');
  const text = fc.array(chars, { maxLength: 20 }).map((a) => a.join(''));

  it('are written as the loop writes them', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(jsonString(s)).toBe(jsonStringLoop(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('are read back by @fromstr as gjson reads them', () => {
    const escapes = fc.constantFrom('a', ' ', '\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u0041', '\\ud83d', '\\ude00', '\\ud83d\\ude00', '😀', 'é', '\\x', '"', '\t');
    fc.assert(
      fc.property(fc.array(escapes, { maxLength: 12 }), fc.constantFrom('', ' ', '\n'), (parts, pad) => {
        const json = `${pad}"${parts.join('')}"${pad}`;
        const expected = valid(json) ? parse(json).string() : '';
        expect(builtinModifiers.get('fromstr')?.(json, '')).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('member spans of the modifiers', () => {
  it('are the keys and values forEach gives, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom('{', '[', ' {', '\n[', 'x'), fc.array(memberPieces, { maxLength: 40 }), (open, pieces) => {
        const json = open + pieces.join('');
        const spans: unknown[] = [];
        forEachMember(json, 0, json.length, (m) => {
          spans.push({ key: m.keyStart < 0 ? '' : json.slice(m.keyStart, m.keyEnd), value: json.slice(m.start, m.end), type: m.type });
          return true;
        });
        const results: unknown[] = [];
        const container = parse(json);
        if (container.isArray() || container.isObject()) {
          container.forEach((key, value) => {
            results.push({ key: key.type === 'String' ? key.raw : '', value: value.raw, type: value.type });
            return true;
          });
        }
        expect(spans).toEqual(results);
      }),
      { numRuns: 20_000 },
    );
  });
});
