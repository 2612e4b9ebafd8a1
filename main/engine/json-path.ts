// The engine's view of a JSON response: GJSON paths (shared/gjson) over the
// response text. gjson scans the text per lookup without building a tree, so
// a response is never parsed as a whole unless a path needs it.
import { get, valid } from '../../shared/gjson';
import type { Result } from '../../shared/gjson';

export interface PathResult {
  readonly exists: boolean;
  /** The value as text: strings unquoted, other values as their JSON. Empty when missing or null. */
  readonly text: string;
  readonly isArray: boolean;
  /** Elements when the value is an array, else a one-element list (or none when missing). */
  elements(): PathResult[];
  /** A path evaluated inside this value. */
  get(path: string): PathResult;
}

export interface JsonDocument {
  get(path: string): PathResult;
  /** The whole response as a value. */
  root(): PathResult;
}

function wrap(result: Result): PathResult {
  return {
    exists: result.exists(),
    get text() {
      return result.string();
    },
    isArray: result.isArray(),
    elements: () => (result.exists() ? result.array().map(wrap) : []),
    get: (path) => wrap(result.get(path)),
  };
}

/** A response body; each path is one scan of the text. */
export function jsonDocument(text: string): JsonDocument {
  return {
    get: (path) => wrap(get(text, path.trim())),
    root: () => wrap(get(text, '@this')),
  };
}

/** Whether the text is valid JSON (malformed responses are errors, not empty results). */
export function isJson(text: string): boolean {
  return valid(text);
}
