import { describe, expect, it } from 'vitest';
import { ContactSearchRequest, classifySearchText } from '../../../shared/calls/contact-search-channels';

describe('what the dial pad may search', () => {
  it('searches numbers from their 3rd digit, ignoring + ( ) - . and spaces', () => {
    expect(classifySearchText('41')).toEqual({ kind: 'number', long: false, value: '41' });
    expect(classifySearchText(' +4 1 ')).toEqual({ kind: 'number', long: false, value: '+4 1' });
    expect(classifySearchText('(415')).toEqual({ kind: 'number', long: true, value: '(415' });
    expect(classifySearchText('+1 (415) 555-0100').long).toBe(true);
  });

  it('searches names from their 2nd letter, in any script', () => {
    expect(classifySearchText('a')).toMatchObject({ kind: 'name', long: false });
    expect(classifySearchText('al')).toMatchObject({ kind: 'name', long: true });
    expect(classifySearchText('李明')).toMatchObject({ kind: 'name', long: true });
    expect(classifySearchText('a1')).toMatchObject({ kind: 'name', long: false });
    expect(classifySearchText('*#')).toMatchObject({ kind: 'name', long: false });
  });

  it('refuses oversized requests at the contract', () => {
    expect(ContactSearchRequest.safeParse({ text: 'x'.repeat(129) }).success).toBe(false);
    expect(ContactSearchRequest.safeParse({ text: 'ada' }).success).toBe(true);
  });
});
