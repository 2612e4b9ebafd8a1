// The template format's own rule on top of GJSON: an Output Path may list
// alternatives separated by commas (the guide's
// `data.#(phone=="{{.Phone}}")#.street,data.#(mobile=="{{.Phone}}")#.street`),
// tried in order. That is not GJSON syntax (gjson would read the whole string
// as one path), so the split happens here, at commas outside quotes,
// parentheses, brackets and braces, where a GJSON path cannot have one.

/** The alternatives of an Output Path, in order, trimmed, empty ones dropped. */
export function outputPathAlternatives(path: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i] ?? '';
    if (c === '\\') {
      current += c + (path[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quote = !quote;
    if (!quote && '([{'.includes(c)) depth++;
    if (!quote && ')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0 && !quote) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current.trim());
  return out.filter((p) => p !== '');
}
