// gjson queryMatches: does a value satisfy the comparison of a '#(...)'
// query? Strings compare in byte order, numbers as floats, booleans only
// against the words true/false; '%' and '!%' are wildcard patterns.
import { matchLimit } from './match';
import type { QueryStep } from './steps';
import type { Result } from './result';
import { compareUtf8 } from './utf8';

export function queryMatches(query: QueryStep, value: Result): boolean {
  let rpv = query.value;
  let type = value.type;
  if (rpv.charCodeAt(0) === 0x7e) {
    // '~' compares the value's truthiness.
    rpv = rpv.slice(1);
    type = value.bool() ? 'True' : 'False';
  } else if (!value.exists()) {
    return false;
  }
  const op = query.op;
  if (op === '') return true;
  switch (type) {
    case 'String': {
      const s = value.str;
      switch (op) {
        case '=':
          return s === rpv;
        case '!=':
          return s !== rpv;
        case '<':
          return compareUtf8(s, rpv) < 0;
        case '<=':
          return compareUtf8(s, rpv) <= 0;
        case '>':
          return compareUtf8(s, rpv) > 0;
        case '>=':
          return compareUtf8(s, rpv) >= 0;
        case '%':
          return matchLimit(s, rpv);
        case '!%':
          return !matchLimit(s, rpv);
      }
      return false;
    }
    case 'Number': {
      const n = value.num;
      // (rpv is the query's value here: a '~' value compares as True or False.)
      const v = query.num;
      switch (op) {
        case '=':
          return n === v;
        case '!=':
          return n !== v;
        case '<':
          return n < v;
        case '<=':
          return n <= v;
        case '>':
          return n > v;
        case '>=':
          return n >= v;
      }
      return false;
    }
    case 'True':
      switch (op) {
        case '=':
          return rpv === 'true';
        case '!=':
          return rpv !== 'true';
        case '>':
          return rpv === 'false';
        case '>=':
          return true;
      }
      return false;
    case 'False':
      switch (op) {
        case '=':
          return rpv === 'false';
        case '!=':
          return rpv !== 'false';
        case '<':
          return rpv === 'true';
        case '<=':
          return true;
      }
      return false;
  }
  return false;
}
