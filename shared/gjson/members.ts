// The members of an object or elements of an array as the modifiers read
// them: Result.forEach's walk (gjson ForEach) over offsets, without a Result
// for every key and value. @values, @join and @reverse make nothing but
// text from them, and the Results cost more than the rest of their work.
// test/unit/gjson/fast-paths.test.ts holds it to forEach.
import { anySpan, anyState } from './result';
import type { ResultType } from './result';
import { containerBody, containerState, parseString, scanState } from './scan';

/** Where the member is: key json[keyStart, keyEnd) with its quotes (-1, -1 in an array), value json[start, end). */
export interface MemberSpan {
  keyStart: number;
  keyEnd: number;
  start: number;
  end: number;
  type: ResultType;
}

/**
 * forEach of the container value json[start, end) (an object or array that
 * starts there, after any whitespace): each member in turn, until the
 * callback returns false. The span object is reused from call to call.
 */
export function forEachMember(json: string, start: number, end: number, callback: (m: Readonly<MemberSpan>) => boolean): void {
  const n = end;
  let i = containerBody(json, start, n);
  if (i < 0) return;
  const obj = containerState.object;
  const m: MemberSpan = { keyStart: -1, keyEnd: -1, start: 0, end: 0, type: 'Null' };
  for (; i < n; i++) {
    if (obj) {
      if (json.charCodeAt(i) !== 0x22) continue;
      m.keyStart = i;
      i = parseString(json, i + 1, n);
      if (!scanState.ok) return;
      m.keyEnd = i;
    }
    for (; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20 || c === 0x2c || c === 0x3a) continue;
      break;
    }
    const s = anySpan(json, i, n);
    if (s < 0) return;
    i = anyState.end;
    m.start = s;
    // A squash can end one past n (a string left open at the end): the value stops at n.
    m.end = Math.min(i, n);
    m.type = anyState.type;
    if (!callback(m)) return;
  }
}
