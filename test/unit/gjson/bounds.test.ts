// Hostile input stays bounded: no stack overflow, no exception, no
// catastrophic backtracking. (Only outcomes are asserted, never timings.)
import { describe, expect, it } from 'vitest';
import { get, MAX_NESTING, MAX_PRETTY_DEPTH, valid } from '../../../shared/gjson';
import { matchLimitDetailed } from '../../../shared/gjson/match';

describe('gjson bounds', () => {
  it('walks deeply nested documents without recursing per level', () => {
    const depth = 200_000;
    const deep = '['.repeat(depth) + '1' + ']'.repeat(depth);
    expect(get(deep, '0.0.0').isArray()).toBe(true);
    expect(get(`{"a":${deep},"b":2}`, 'b').raw).toBe('2');
    expect(valid(deep)).toBe(true);
  });

  it('treats paths nested beyond MAX_NESTING as not found instead of overflowing', () => {
    const levels = MAX_NESTING + 50;
    const doc = '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    expect(get(doc, Array(MAX_NESTING - 10).fill('a').join('.')).isObject()).toBe(true);
    expect(get(doc, Array(levels).fill('a').join('.')).exists()).toBe(false);
    expect(get(doc, Array(100_000).fill('a').join('.')).exists()).toBe(false);
    expect(get(doc, Array(100_000).fill('a').join('|')).exists()).toBe(false);
    expect(get('{"a":1}', '['.repeat(50_000) + 'a' + ']'.repeat(50_000)).exists()).toBe(true);
  });

  it('survives malformed documents and paths without throwing', () => {
    const docs = ['', '{', '[', '{"a":', '{"a":"\\', '[[[[', '}}}', '{"a":[1,2,{"b":"\\u12', 'nul', '"\\ud800"'];
    const paths = ['a', '#', 'a.#', '#(a==', '#(a=="x")#', '..#', '@pretty', '!', '[a,', '{a:', '\\', '@reverse|#'];
    for (const d of docs) for (const p of paths) expect(() => get(d, p)).not.toThrow();
  });

  it('stops a wildcard pattern with many stars at the complexity limit', () => {
    const str = 'a'.repeat(60);
    const pattern = `${'*a'.repeat(40)}*b*`;
    expect(matchLimitDetailed(str, pattern)).toEqual({ matched: false, stopped: true });
    const match = `${'a'.repeat(40)}b`;
    expect(matchLimitDetailed(match, pattern)).toEqual({ matched: true, stopped: false });
    const doc = JSON.stringify({ list: [str, match] });
    expect(get(doc, `list.#(%"${pattern}")`).raw).toBe(`"${match}"`);
    const stars = '*'.repeat(100_000) + 'x';
    expect(matchLimitDetailed('abcx', stars)).toEqual({ matched: true, stopped: false });
    expect(matchLimitDetailed('a'.repeat(1000), '*a'.repeat(20_000) + 'b').matched).toBe(false);
  });

  it('handles huge keys', () => {
    const key = 'k'.repeat(1_000_000);
    const doc = `{"${key}":1,"b":2}`;
    expect(get(doc, key).raw).toBe('1');
    expect(get(doc, 'b').raw).toBe('2');
    expect(get(doc, `${key.slice(1)}*`).raw).toBe('1');
  });

  it('returns @pretty input unchanged beyond MAX_PRETTY_DEPTH', () => {
    const deep = '['.repeat(MAX_PRETTY_DEPTH + 10) + ']'.repeat(MAX_PRETTY_DEPTH + 10);
    expect(get(deep, '@pretty').raw).toBe(deep);
    expect(get('[[1,2]]', '@pretty').raw).toBe('[[1, 2]]\n');
  });
});
