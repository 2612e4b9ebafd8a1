import { describe, expect, it } from 'vitest';
import { DialInbox } from '../../../main/features/dial-inbox';
import type { DialRequest } from '../../../shared/desktop-channels';

function phone(region = 'US') {
  const dialled: DialRequest[] = [];
  const refused: string[] = [];
  return { dialled, refused, target: { region: () => region, dial: (r: DialRequest) => dialled.push(r), refused: (why: string) => refused.push(why) } };
}

describe('links that arrive before the phone is ready', () => {
  it('wait, then are dialled in order in the region set by then', () => {
    const inbox = new DialInbox();
    inbox.receive('tel:020 1234 5678');
    inbox.receive('sip:alice@pbx.example.com');
    const p = phone('GB');
    inbox.open(p.target);
    expect(p.dialled.map((r) => r.target)).toEqual(['+442012345678', 'sip:alice@pbx.example.com']);
  });

  it('are dialled at once once the phone listens, and refused with the reason when hostile', () => {
    const inbox = new DialInbox();
    const p = phone();
    inbox.open(p.target);
    inbox.receive('tel:javascript:alert(1)');
    inbox.receive('callto:+14155550100');
    expect(p.refused).toEqual(['a phone link may contain only digits, +, *, # and separators']);
    expect(p.dialled.map((r) => r.target)).toEqual(['+14155550100']);
  });

  it('keeps only the first few while waiting, and holds links again while the window reloads', () => {
    const inbox = new DialInbox();
    for (let i = 0; i < 20; i++) inbox.receive(`tel:10${String(i).padStart(2, '0')}`);
    const p = phone();
    inbox.open(p.target);
    expect(p.dialled.map((r) => r.target)).toEqual(['1000', '1001', '1002', '1003', '1004']);
    inbox.close();
    inbox.receive('tel:2000');
    expect(p.dialled).toHaveLength(5);
    inbox.open(p.target);
    expect(p.dialled.at(-1)?.target).toBe('2000');
  });
});
