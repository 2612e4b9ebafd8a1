// Reading a response into variables. Output paths are templates themselves
// (`data.#(phone=="{{.Phone}}")#.street`), may list comma-separated
// alternatives (the first that finds something wins), and `#` paths make
// one record per array element: every output that walks the same array is
// read inside each element, so a missing field never shifts the others.
import type { JsonDocument, PathResult } from './json-path';
import type { OutputSpec } from './integration-spec';
import { renderText } from './template-text';
import type { Vars } from './template-text';
import { outputPathAlternatives } from '../../shared/template/output-path';

export type Record_ = Record<string, string>;


/** `data.#.name` -> list `data`, item `name`; `a.#(x=="y")#.name` -> list `a.#(x=="y")#`, item `name`. */
export function splitListPath(path: string): { list: string; item: string } | undefined {
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const c = path[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"' && depth > 0) quote = !quote;
    if (!quote && c === '(') depth++;
    if (!quote && c === ')') depth--;
    if ((c === '.' || c === undefined || c === '|') && depth === 0 && !quote) {
      const component = path.slice(start, i);
      if (c === '.' && component === '#') return { list: path.slice(0, Math.max(0, start - 1)), item: path.slice(i + 1) };
      if (c === '.' && component.startsWith('#(') && component.endsWith(')#')) return { list: path.slice(0, i), item: path.slice(i + 1) };
      start = i + 1;
    }
  }
  return undefined;
}

/** Fills in the {{ }} actions of an output path (values land as JSON string content). */
export function renderPath(path: string, vars: Vars): string {
  return path.includes('{{') ? renderText(path, vars, { escape: 'json' }) : path;
}

function listOf(doc: JsonDocument, list: string): PathResult {
  return list === '' ? doc.root() : doc.get(list);
}

/** One value per output (the first element when a path yields a list). */
export function readOutputs(doc: JsonDocument, outputs: readonly OutputSpec[], vars: Vars): Record_ {
  const values: Record_ = {};
  for (const output of outputs) {
    let value = '';
    for (const path of outputPathAlternatives(renderPath(output.path, vars))) {
      const found = doc.get(path);
      if (!found.exists) continue;
      value = path.includes('#') && found.isArray ? (found.elements()[0]?.text ?? '') : found.text;
      if (value !== '') break;
    }
    values[output.name] = value;
  }
  return values;
}

/**
 * One record per element of the list that the key output walks (e.g. ContactsId's `data.#.id`).
 * Records whose key is empty are dropped.
 */
export function readRecords(doc: JsonDocument, outputs: readonly OutputSpec[], vars: Vars, keyOutput: string): Record_[] {
  // Each list is walked once; per element, outputs read inside the element's own (small) text.
  const lists = new Map<string, PathResult[]>();
  const elementsOf = (list: string): PathResult[] => {
    let elements = lists.get(list);
    if (!elements) {
      const found = listOf(doc, list);
      elements = found.isArray ? found.elements() : [];
      lists.set(list, elements);
    }
    return elements;
  };
  const chosen = new Map<string, { path: string; split: { list: string; item: string } | undefined }>();
  for (const output of outputs) {
    for (const path of outputPathAlternatives(renderPath(output.path, vars))) {
      const split = splitListPath(path);
      if (split) {
        if (elementsOf(split.list).some((e) => e.get(split.item).exists)) {
          chosen.set(output.name, { path, split });
          break;
        }
        continue;
      }
      const r = doc.get(path);
      if (r.exists && (!r.isArray || r.elements().length > 0)) {
        chosen.set(output.name, { path, split: undefined });
        break;
      }
    }
  }
  const key = chosen.get(keyOutput);
  if (key === undefined) return [];
  const elements = key.split ? elementsOf(key.split.list) : [doc.get(key.path)];
  const records: Record_[] = elements.map(() => ({}));
  for (const output of outputs) {
    const hit = chosen.get(output.name);
    if (hit === undefined) {
      for (const record of records) record[output.name] = '';
      continue;
    }
    const { path, split } = hit;
    if (key.split && split && split.list === key.split.list) {
      elements.forEach((element, i) => {
        const record = records[i];
        if (record) record[output.name] = element.get(split.item).text;
      });
      continue;
    }
    const found = doc.get(path);
    const list = path.includes('#') && found.isArray ? found.elements() : undefined;
    records.forEach((record, i) => {
      record[output.name] = list ? (list[i]?.text ?? '') : found.text;
    });
  }
  return records.filter((r) => (r[keyOutput] ?? '') !== '');
}
