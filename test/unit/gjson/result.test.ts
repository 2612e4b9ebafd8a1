// The Result API: conversions, iteration, chaining and offsets.
import { describe, expect, it } from 'vitest';
import { get, getMany, parse, valid, forEachLine } from '../../../shared/gjson';

const doc = `{
  "name": {"first": "Tom", "last": "Anderson"},
  "age": 37,
  "score": 1.50,
  "big": 1e3,
  "children": ["Sara", "Alex", "Jack"],
  "friends": [
    {"first": "Dale", "last": "Murphy", "age": 44},
    {"first": "Roger", "last": "Craig", "age": 68}
  ],
  "flags": {"on": true, "off": false, "none": null, "word": "TRUE", "dup": 1, "dup": 2}
}`;

describe('Result', () => {
  it('reports a missing value as a non-existing Null with empty raw', () => {
    const r = get(doc, 'name.middle');
    expect(r.exists()).toBe(false);
    expect(r.type).toBe('Null');
    expect(r.raw).toBe('');
    expect(r.string()).toBe('');
    expect(r.array()).toEqual([]);
  });

  it('gives the unescaped string, the raw text and the offset of a match', () => {
    const r = get('{"a":"x\\u00e9\\"y"}', 'a');
    expect(r.type).toBe('String');
    expect(r.str).toBe('xé"y');
    expect(r.raw).toBe('"x\\u00e9\\"y"');
    expect(r.index).toBe(5);
    expect('{"a":"x\\u00e9\\"y"}'.slice(r.index, r.index + r.raw.length)).toBe(r.raw);
  });

  it('formats numbers like Go: plain integers as written, others with strconv f -1', () => {
    expect(get(doc, 'age').string()).toBe('37');
    expect(get(doc, 'score').string()).toBe('1.5');
    expect(get(doc, 'big').string()).toBe('1000');
    expect(get('[1e400,-0.0,1e-7,123456789012345678901234]', '0').string()).toBe('+Inf');
    expect(get('[1e400,-0.0,1e-7,123456789012345678901234]', '1').string()).toBe('-0');
    expect(get('[1e400,-0.0,1e-7,123456789012345678901234]', '2').string()).toBe('0.0000001');
    expect(get('[1e400,-0.0,1e-7,123456789012345678901234]', '3').string()).toBe('123456789012345678901234');
    expect(get(doc, 'score').number()).toBe(1.5);
    expect(get(doc, 'score').int()).toBe(1);
  });

  it('converts to booleans the way gjson does', () => {
    expect(get(doc, 'flags.on').bool()).toBe(true);
    expect(get(doc, 'flags.off').bool()).toBe(false);
    expect(get(doc, 'flags.word').bool()).toBe(true);
    expect(get(doc, 'age').bool()).toBe(true);
    expect(get(doc, 'flags.none').bool()).toBe(false);
    expect(get(doc, 'flags.on').isBool()).toBe(true);
  });

  it('lists array elements and object members, the first duplicate key winning', () => {
    expect(get(doc, 'children').array().map((r) => r.string())).toEqual(['Sara', 'Alex', 'Jack']);
    expect(get(doc, 'age').array().map((r) => r.raw)).toEqual(['37']);
    const flags = get(doc, 'flags').map();
    expect([...flags.keys()]).toEqual(['on', 'off', 'none', 'word', 'dup']);
    expect(flags.get('dup')?.raw).toBe('1');
    expect(get(doc, 'children').map().size).toBe(0);
  });

  it('iterates with forEach and stops when the callback returns false', () => {
    const seen: string[] = [];
    get(doc, 'name').forEach((k, v) => {
      seen.push(`${k.string()}=${v.string()}`);
    });
    expect(seen).toEqual(['first=Tom', 'last=Anderson']);
    const firstOnly: string[] = [];
    get(doc, 'children').forEach((k, v) => {
      firstOnly.push(`${k.string()}:${v.string()}`);
      return false;
    });
    expect(firstOnly).toEqual(['0:Sara']);
    const scalar: string[] = [];
    get(doc, 'age').forEach((k, v) => {
      scalar.push(`${k.exists()}:${v.raw}`);
    });
    expect(scalar).toEqual(['false:37']);
  });

  it('chains get() on a result, keeping offsets relative to the original text', () => {
    const friends = get(doc, 'friends');
    expect(friends.isArray()).toBe(true);
    expect(friends.isObject()).toBe(false);
    const last = friends.get('1.last');
    expect(last.string()).toBe('Craig');
    expect(doc.slice(last.index, last.index + last.raw.length)).toBe('"Craig"');
  });

  it('records the offsets of the elements of a projection', () => {
    const r = get(doc, 'friends.#.first');
    expect(r.raw).toBe('["Dale","Roger"]');
    expect(r.indexes?.map((i) => doc.slice(i, i + 6))).toEqual(['"Dale"', '"Roger']);
    expect(r.array().map((e) => e.index)).toEqual(r.indexes);
  });

  it('converts to plain JavaScript values', () => {
    expect(get(doc, 'friends.0').value()).toEqual({ first: 'Dale', last: 'Murphy', age: 44 });
    expect(get(doc, 'children').value()).toEqual(['Sara', 'Alex', 'Jack']);
  });

  it('answers several paths at once, parses whole documents and validates', () => {
    expect(getMany(doc, 'age', 'name.first', 'nope').map((r) => r.string())).toEqual(['37', 'Tom', '']);
    expect(parse(' [1,2] ').raw).toBe('[1,2] ');
    expect(parse('"hi"').str).toBe('hi');
    expect(parse('').exists()).toBe(false);
    expect(valid(doc)).toBe(true);
    expect(valid('{"a":1,}')).toBe(false);
    expect(valid('[' .repeat(100_000) + ']'.repeat(100_000))).toBe(true);
  });

  it('reads JSON Lines with forEachLine and ".." paths', () => {
    const lines = '{"n":1}\n{"n":2}\n{"n":3}\n';
    const ns: number[] = [];
    forEachLine(lines, (line) => {
      ns.push(line.get('n').number());
    });
    expect(ns).toEqual([1, 2, 3]);
    expect(get(lines, '..#.n').raw).toBe('[1,2,3]');
    expect(get(lines, '..1.n').raw).toBe('2');
  });
});
