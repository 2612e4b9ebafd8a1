// Modifiers: the built-ins with arguments, and custom modifiers on their own
// Gjson instance (the default instance is never changed by registration).
import { describe, expect, it } from 'vitest';
import { builtinModifiers, get, gjson, withModifiers } from '../../../shared/gjson';

const doc = '{"name":{"first":"Tom","last":"Anderson"},"children":["Sara","Alex","Jack"],"nested":[1,[2],[3,[4]]]}';

describe('modifiers', () => {
  it('has exactly the twelve modifiers of gjson 1.14.4', () => {
    expect([...builtinModifiers.keys()].sort()).toEqual(
      ['flatten', 'fromstr', 'group', 'join', 'keys', 'pretty', 'reverse', 'this', 'tostr', 'ugly', 'valid', 'values'],
    );
    expect(get(doc, '@dig:name').exists()).toBe(false);
  });

  it('applies built-ins with and without arguments', () => {
    expect(get(doc, 'children|@reverse').raw).toBe('["Jack","Alex","Sara"]');
    expect(get(doc, 'nested|@flatten').raw).toBe('[1,2,3,[4]]');
    expect(get(doc, 'nested|@flatten:{"deep":true}').raw).toBe('[1,2,3,4]');
    expect(get(doc, 'name|@pretty:{"indent":"\\t"}').raw).toBe('{\n\t"first": "Tom",\n\t"last": "Anderson"\n}\n');
    expect(get(doc, 'name|@keys').raw).toBe('["first","last"]');
    expect(get(doc, 'name|@tostr').str).toBe('{"first":"Tom","last":"Anderson"}');
  });

  it('adds custom modifiers on a new instance only', () => {
    const custom = withModifiers({
      upper: (json) => JSON.stringify(get(json, '@this').string().toUpperCase()),
      wrap: (json, arg) => `{"${arg}":${json}}`,
    });
    expect(custom.get(doc, 'name.first|@upper').str).toBe('TOM');
    expect(custom.get(doc, 'name.first.@upper').str).toBe('TOM');
    expect(custom.get(doc, 'children.0|@wrap:kid').raw).toBe('{"kid":"Sara"}');
    expect(custom.get(doc, 'name').get('first|@upper').str).toBe('TOM');
    // The default instance does not know them.
    expect(gjson.hasModifier('upper')).toBe(false);
    expect(get(doc, 'name.first|@upper').exists()).toBe(false);
    expect(custom.hasModifier('reverse')).toBe(true);
  });

  it('rejects modifier names that the path syntax could not reach', () => {
    expect(() => withModifiers({ 'a.b': (j) => j })).toThrow(/gjson modifier name "a.b"/);
    expect(() => withModifiers({ '': (j) => j })).toThrow(/must be non-empty/);
  });
});
