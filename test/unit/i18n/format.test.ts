import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../renderer/i18n/format';

const en = formatsFor('en');
const zh = formatsFor('zh-CN');
const pseudo = formatsFor('en-XA');
// Local wall-clock times, so the expectations hold in any time zone.
const evening = new Date(2026, 10, 22, 17, 6).getTime();
const twoDaysLater = new Date(2026, 10, 24, 9, 0).getTime();

describe('dates and times shown to a person', () => {
  it('follow the UI language', () => {
    expect(en.dateTime(evening)).toBe('11/22/26, 5:06 PM');
    expect(zh.dateTime(evening)).toBe('2026/11/22 17:06');
    expect(en.time(evening)).toBe('5:06 PM');
    expect(zh.time(evening)).toBe('17:06');
  });

  it('show only the time of day for today, and the date for older moments', () => {
    expect(en.when(evening, evening + 60_000)).toBe('5:06 PM');
    expect(en.when(evening, twoDaysLater)).toBe('11/22/26, 5:06 PM');
    expect(zh.when(evening, twoDaysLater)).toBe('2026/11/22 17:06');
  });

  it('say how long ago in the largest whole unit', () => {
    expect(en.relative(evening - 5 * 60_000, evening)).toBe('5 minutes ago');
    expect(zh.relative(evening - 5 * 60_000, evening)).toBe('5分钟前');
    expect(en.relative(evening - 86_400_000, evening)).toBe('yesterday');
    expect(zh.relative(evening - 2 * 3_600_000, evening)).toBe('2小时前');
    expect(en.relative(evening + 30_000, evening)).toBe('in 30 seconds');
  });
});

describe('durations', () => {
  it('run as a clock while a call is on, with hours only when there are some', () => {
    expect(en.clock(247)).toBe('04:07');
    expect(zh.clock(3723)).toBe('1:02:03');
    expect(en.clock(-3)).toBe('00:00');
  });

  it('read as words once finished, in the UI language', () => {
    expect(en.duration(65)).toMatch(/^1 min,? 5 sec$/);
    expect(zh.duration(65)).toBe('1分钟5秒');
    expect(en.duration(3605)).toMatch(/^1 hr,? 5 sec$/);
    expect(en.duration(0)).toBe('0 sec');
  });

  it('measure requests in milliseconds', () => {
    expect(en.milliseconds(12.4)).toBe('12 ms');
    expect(zh.milliseconds(1234)).toBe('1,234毫秒');
  });
});

describe('phone numbers', () => {
  it('show the UI country’s numbers in national form and others internationally', () => {
    expect(en.phone('+14155550134')).toBe('(415) 555-0134');
    expect(zh.phone('+14155550134')).toBe('+1 415 555 0134');
    expect(zh.phone('+8613800138000')).toBe('138 0013 8000');
    expect(en.phone('+442079460000')).toBe('+44 20 7946 0000');
  });

  it('use a given region instead of the language’s country', () => {
    expect(en.phone('+442079460000', 'GB')).toBe('020 7946 0000');
  });

  it('leave extensions, SIP addresses and what is not a valid number as they are', () => {
    expect(en.phone('1001')).toBe('1001');
    expect(zh.phone('sip:bob@pbx.example')).toBe('sip:bob@pbx.example');
    expect(en.phone('+1 000 000 0000')).toBe('+1 000 000 0000');
    expect(en.phone('')).toBe('');
  });
});

describe('the pseudo-locale', () => {
  it('brackets formatted values like messages, so the pseudo-locale walk accepts them', () => {
    expect(pseudo.dateTime(evening)).toBe('⟦11/22/26, 5:06 PM⟧');
    expect(pseudo.milliseconds(3)).toBe('⟦3 ms⟧');
    expect(pseudo.phone('+14155550134')).toBe('⟦(415) 555-0134⟧');
    expect(pseudo.phone('1001')).toBe('1001');
  });
});
