/**
 * # gjson: GJSON paths over JSON text
 *
 * A TypeScript port of tidwall/gjson v1.14.4 (with tidwall/match 1.1.1 and
 * tidwall/pretty 1.2.0), the path language of every `Output Path` in an
 * integration template: `data.#.id`, `users.#(email=="x").id`,
 * `identities.#(type=="phone_number")#|1.value`. Like gjson it never builds a
 * document tree: each lookup walks the text once, skipping what the path does
 * not need, and returns slices of the input. Malformed JSON never throws; it
 * gives what gjson's scanner gives (test/fixtures/gjson.jsonl and the
 * differential test against the Go reference hold us to that).
 *
 * ## API
 *
 * - `get(json, path): Result` and `getMany(json, ...paths): Result[]`.
 * - `parse(json): Result`: the first value of the text (gjson `Parse`).
 * - `valid(json): boolean`: strict JSON check (gjson `Valid`).
 * - `forEachLine(json, cb)`: each value of JSON Lines text.
 * - `Result`: `type` ('Null' | 'False' | 'Number' | 'String' | 'True' | 'JSON'),
 *   `raw` (JSON text of the match, or the JSON built for `#.x`, `#(...)#`,
 *   multipaths and modifiers), `str`, `num`, `index` (offset of `raw` in the
 *   input; 0 when unknown, e.g. for built results), `indexes` (offsets of the
 *   elements of a `#` projection or query), and `exists()`, `string()`,
 *   `number()`, `int()`, `bool()`, `array()`, `map()`, `forEach(cb)` (return
 *   false to stop), `get(path)` for chaining, `isArray()`, `isObject()`,
 *   `isBool()`, `value()` (plain JavaScript data).
 *   `string()` is gjson's `String()`: a String's value, `true`/`false`, `''`
 *   for null or missing, the raw text for JSON, and for a Number the raw text
 *   when it is only `-` and digits, else Go's `strconv.FormatFloat(n, 'f', -1, 64)`
 *   (`1e3` → `1000`, `1.50` → `1.5`).
 * - Modifiers: the twelve of 1.14.4 (`@reverse @ugly @pretty @this @valid
 *   @flatten @join @keys @values @tostr @fromstr @group`), with arguments
 *   (`@pretty:{"indent":"\t"}`). Custom ones: `gjson.withModifiers({ name:
 *   (json, arg) => json })` returns a **new** `Gjson` instance with them
 *   (use its `get`/`parse`); nothing global changes, so a template engine
 *   can own its modifiers without affecting other callers. Results keep the
 *   instance that made them, so `result.get('@name')` works too.
 *
 * ## Path syntax (gjson's SYNTAX.md)
 *
 * Keys with `*`/`?` wildcards and `\` escapes; `#` (array length), `N`
 * (index), `#.key` (projection), queries `#(key==value)` (first match) and
 * `#(...)#` (all matches) with `== != < <= > >= % !%` and `~` truthiness,
 * nested queries, `..` for JSON Lines, `.` vs `|` chaining (after `#` the
 * dot projects, the pipe applies to the result), multipaths `[a,b]` and
 * `{a,"name":b}`, literals `!true`, `!"x"`, `!{...}`, modifiers `@name:arg`.
 *
 * ## Bounds
 *
 * Path steps and nested lookups together nest at most 256 deep (MAX_NESTING);
 * a deeper path is treated as not found. `%` patterns use tidwall/match's
 * complexity limit (10000 steps per byte of the string, then "no match"),
 * with an explicit stack instead of recursion. `@pretty` handles JSON nesting
 * up to 500 levels (deeper input comes back unchanged) and deep `@flatten`
 * flattens up to 200 levels. Parsed paths are cached per instance (1024
 * paths up to 512 characters; multipaths and leading modifier or literal
 * components alike).
 *
 * ## Performance
 *
 * A lookup walks the text once with index arithmetic and allocates only its
 * answer. What the path passes over (object members with other keys,
 * containers) is skipped by sticky regexes that mirror the scanner's loops
 * (skip-patterns.ts: V8's regex engine reads characters about twice as fast
 * as a charCodeAt loop) when at most 64K characters of the text follow;
 * larger documents, and anything a regex cannot decide, take the loops. Parsed paths carry
 * the parsed form of every nested lookup (query paths, pipes, projections).
 * A found value keeps its document and offsets: `raw` is sliced on
 * first read, `str` and `num` are worked out on first read, and lookups
 * inside it (`result.get`, queries, `#.` projections, `forEach`) scan the
 * document in place. So a Result holds on to the whole document while it is
 * referenced (as a V8 sliced string would). Modifiers build their text by
 * string concatenation (a rope, flattened once when read) with one slice
 * per token or run of the input; `valid` and `@valid` accept valid text with
 * one regex first (valid.ts), `@tostr`/`@fromstr` use JSON.stringify and
 * JSON.parse where Go escapes alike, and `@values`/`@join`/`@reverse` walk
 * members as offsets (members.ts). test/bench/gjson.bench.ts measures `get`
 * against the Go original and JSON.parse.
 *
 * ## Differences from Go gjson
 *
 * - `index`/`indexes` count UTF-16 code units (JavaScript string offsets),
 *   not bytes; for built results they are 0 where Go reports an arbitrary
 *   pointer difference.
 * - The nesting bounds above (Go recurses until its stack grows to 1 GB).
 * - No `GetBytes`, `Less`, `Time`, `Paths`/`Path`, `Uint` or
 *   `DisableModifiers`; `int()` returns a JavaScript number.
 * Everything else (string order in queries, match limits, `@pretty` widths)
 * follows Go's byte semantics.
 */
import type { Modifier } from './modifiers';
import { gjson } from './engine';
import type { Result } from './result';

export { Gjson, gjson } from './engine';
export { builtinModifiers } from './modifiers';
export type { Modifier } from './modifiers';
export { Result } from './result';
export type { ForEachCallback, ResultType } from './result';
export { MAX_NESTING } from './walk';
export { MAX_PRETTY_DEPTH } from './pretty';

export function get(json: string, path: string): Result {
  return gjson.get(json, path);
}

export function getMany(json: string, ...paths: string[]): Result[] {
  return gjson.getMany(json, ...paths);
}

export function parse(json: string): Result {
  return gjson.parse(json);
}

export function valid(json: string): boolean {
  return gjson.valid(json);
}

export function forEachLine(json: string, callback: (line: Result) => unknown): void {
  gjson.forEachLine(json, callback);
}

/** A Gjson instance with these modifiers added (see "Modifiers" above). */
export function withModifiers(modifiers: Readonly<Record<string, Modifier>>): ReturnType<typeof gjson.withModifiers> {
  return gjson.withModifiers(modifiers);
}
