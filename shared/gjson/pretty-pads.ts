// The line starts @pretty writes: a newline (after a comma or not), the
// prefix and some number of indents. A path's options are the same on every
// call, so each string is made once for a prefix and indent, not once per
// print (for a small value that was a good part of the work).

/** By k: the prefix and k indents, and the same after '\n' and after ',\n'. */
export interface Pads {
  readonly plain: string[];
  readonly newline: string[];
  readonly comma: string[];
}

/**
 * Only levels up to this are kept: deeper ones (rare) are made on each use,
 * so that deep input cannot fill the cache with long strings.
 */
export const PAD_CACHE_DEPTH = 32;

/** Bounded: cleared when full. */
const padCache = new Map<string, Pads>();
const PAD_CACHE_SIZE = 16;

export function padsFor(prefix: string, indent: string): Pads {
  const key = `${prefix}\u0000${indent}`;
  let pads = padCache.get(key);
  if (pads === undefined) {
    pads = { plain: [], newline: [], comma: [] };
    if (padCache.size >= PAD_CACHE_SIZE) padCache.clear();
    padCache.set(key, pads);
  }
  return pads;
}
