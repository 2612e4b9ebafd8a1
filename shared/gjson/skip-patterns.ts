// Regex fast paths of the scanner. Irregexp's compiled matcher reads
// characters about twice as fast as a charCodeAt loop (V8 re-checks the
// string's representation on every charCodeAt), so skipping what a path
// does not need goes faster through a sticky regex that mirrors gjson's
// loops. Each pattern is built so that a match is exactly the parse the loop
// makes: at every point its alternatives start with different characters
// (or a lookahead rules the others out), so there is one way to match and a
// failure backtracks in linear time. A caller uses a match only when it ends
// within its bound, and falls back to the loop on anything else (deeper
// nesting, escaped keys, malformed text). test/unit/gjson/fast-paths.test.ts
// holds them to the loops.

/**
 * A regex is tried only when at most `maxText` characters follow: irregexp's
 * backtrack stack grows with the match, and a failed try costs a pass over
 * what it read. Large documents take the loops. (The tests set it to -1 to
 * hold the regexes to the loops.)
 */
export const regexLimit = { maxText: 1 << 16 };

/** Containers nested deeper than this fail the regex (and take the loop). */
const SQUASH_DEPTH = 6;

/** A string token as gjson ends it: at the first quote not preceded by an odd run of backslashes. */
const STRING = '"[^"\\\\]*(?:\\\\[\\s\\S][^"\\\\]*)*"';

/**
 * A container as gjson's parseSquash skips it: an opening bracket, then runs
 * of other characters, strings and nested containers, then any closing
 * bracket (gjson counts every kind alike).
 */
function squashPattern(depth: number): string {
  const other = '[^"()[\\]{}]*';
  const inner = depth > 1 ? `${STRING}|${squashPattern(depth - 1)}` : STRING;
  return `[([{]${other}(?:(?:${inner})${other})*[)\\]}]`;
}

const SQUASH = squashPattern(SQUASH_DEPTH);

/** parseSquash's skip of the container at `lastIndex`. */
export const squashRegex = new RegExp(SQUASH, 'y');

/**
 * A value as walk.ts's objectBody skips it: a string, an object or array, a
 * literal (true, false, null: lowercase letters), or a number (up to
 * whitespace, ',', ']' or '}'; an 'n' not followed by 'u' starts one). The
 * lookaheads make the runs of a literal or number as long as the loop makes
 * them: otherwise a failed try could backtrack into a shorter run and find
 * another parse.
 */
const VALUE = `(?:${STRING}|(?=[[{])${SQUASH}|(?:[tf]|nu)[a-z]*(?![a-z])|(?:[+\\-INi0-9]|n(?!u))[^\\x00-\\x20,\\]}]*(?![^\\x00-\\x20,\\]}]))`;

/** Characters with a meaning in a regex. */
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/-]/g;

/**
 * One character of a key as tidwall/match steps over it: a surrogate pair,
 * a lone surrogate, or any other code unit but a quote or a backslash (keys
 * searched here hold neither). Each alternative excludes the others, so a
 * pair is never split.
 */
const KEY_CHAR = '(?:[^"\\\\\\ud800-\\udbff]|[\\ud800-\\udbff](?:[\\udc00-\\udfff]|(?![\\udc00-\\udfff])))';

/**
 * The regex text of the keys that `part` matches: the key itself, or for a
 * wildcard pattern (match.ts) each '?' one KEY_CHAR and a '*' any run of
 * them. Undefined when a regex would not answer as objectBody does: a quote
 * or a backslash in `part` (such a key is always escaped in the text, or the
 * pattern escapes), a surrogate in a pattern, or more than one '*' (tidwall's
 * complexity limit could then stop the matcher before the answer).
 */
function keyPattern(part: string, wild: boolean): string | undefined {
  if (part.includes('"') || part.includes('\\')) return undefined;
  if (!wild) return part.replace(REGEX_SYNTAX, '\\$&');
  let out = '';
  let stars = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (c === 0x2a) {
      if (++stars > 1) return undefined;
      out += `${KEY_CHAR}*`;
    } else if (c === 0x3f) {
      out += KEY_CHAR;
    } else {
      out += (part[i] ?? '').replace(REGEX_SYNTAX, '\\$&');
    }
  }
  return out;
}

/**
 * For objectBody looking up the key `part` (a wildcard pattern when `wild`):
 * a sticky regex that passes over the members whose keys do not match and
 * stops just after the first key that does, or just after the object's '}',
 * whichever comes first. A member passed over is anything up to its key's
 * quote, a non-matching key without backslashes (an escaped key needs
 * unescaping to compare: the loop does that), anything up to a character
 * that starts a value, and the value. Null when there is no such regex (see
 * keyPattern).
 */
export function keySearchRegex(part: string, wild: boolean): RegExp | null {
  const key = keyPattern(part, wild);
  if (key === undefined) return null;
  const member = `[^"}]*"(?!${key}")[^"\\\\]*"[^"{[ntf+\\-INi0-9]*${VALUE}`;
  return new RegExp(`(?:${member})*[^"}]*(?:"${key}"|\\})`, 'y');
}
