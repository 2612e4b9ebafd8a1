// tidwall/pretty 1.2.0 Ugly, as @ugly uses it.

/** pretty.Ugly: drops every byte <= ' ' outside strings. */
export function uglyJson(src: string): string {
  let out = '';
  const n = src.length;
  let start = -1; // start of the current run being kept
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c <= 0x20) {
      if (start >= 0) {
        out += src.slice(start, i);
        start = -1;
      }
      continue;
    }
    if (start < 0) start = i;
    if (c === 0x22) {
      // To the closing quote: indexOf runs over the string natively.
      for (;;) {
        i = src.indexOf('"', i + 1);
        if (i < 0) {
          i = n;
          break;
        }
        let j = i - 1;
        while (src.charCodeAt(j) === 0x5c) j--;
        if ((j - i) % 2 !== 0) break;
      }
      if (i >= n) break;
    }
  }
  if (start >= 0) out += src.slice(start, Math.min(n, src.length));
  return out;
}
