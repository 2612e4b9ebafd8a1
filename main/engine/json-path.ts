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

/** A thin view over a gjson Result; a class so that ten thousand of them share their methods. */
class GjsonPathResult implements PathResult {
  constructor(private readonly result: Result) {}

  get exists(): boolean {
    return this.result.exists();
  }

  get text(): string {
    return this.result.string();
  }

  get isArray(): boolean {
    return this.result.isArray();
  }

  elements(): PathResult[] {
    if (!this.result.exists()) return [];
    return this.result.array().map(toPathResult);
  }

  get(path: string): PathResult {
    // Evaluating on the element's own text is several times faster than chaining on the Result.
    return new GjsonPathResult(get(this.result.raw, path));
  }
}

function toPathResult(result: Result): PathResult {
  return new GjsonPathResult(result);
}

/** A response body; each path is one scan of the text. */
export function jsonDocument(text: string): JsonDocument {
  return {
    get: (path) => new GjsonPathResult(get(text, path.trim())),
    root: () => new GjsonPathResult(get(text, '@this')),
  };
}

/** Whether the text is valid JSON (malformed responses are errors, not empty results). */
export function isJson(text: string): boolean {
  return valid(text);
}
