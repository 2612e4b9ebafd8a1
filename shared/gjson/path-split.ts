// Splitting a path where gjson splits it outside the walk: at its first
// top-level pipe (splitPossiblePipe), and into the selectors of a leading
// multipath '[a,b]' / '{a,"x":b}' (parseSubSelectors), with the names a
// '{...}' multipath gives its members (nameOfLast, isSimpleName).
import { squash } from './scan';

/**
 * gjson splitPossiblePipe: splits `path` at its first top-level '|'
 * (outside '.#(...)' selectors), or after a leading '{...}'. Undefined when
 * there is nothing to split.
 */
export function splitPossiblePipe(path: string): [string, string] | undefined {
  if (path.indexOf('|') < 0) return undefined;
  const n = path.length;
  if (n > 0 && path.charCodeAt(0) === 0x7b) {
    const squashed = squash(path.slice(1));
    if (squashed.length < n - 1) {
      const left = path.slice(0, squashed.length + 1);
      const remain = path.slice(left.length);
      if (remain.charCodeAt(0) === 0x7c) return [left, remain.slice(1)];
    }
    return undefined;
  }
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x5c) {
      i++;
    } else if (c === 0x2e) {
      if (i === n - 1) return undefined;
      if (path.charCodeAt(i + 1) === 0x23) {
        i += 2;
        if (i === n) return undefined;
        const b = path.charCodeAt(i);
        if (b === 0x5b || b === 0x28) {
          const start = b;
          const end = b === 0x5b ? 0x5d : 0x29;
          i++;
          let depth = 1;
          for (; i < n; i++) {
            const d = path.charCodeAt(i);
            if (d === 0x5c) {
              i++;
            } else if (d === start) {
              depth++;
            } else if (d === end) {
              depth--;
              if (depth === 0) break;
            } else if (d === 0x22) {
              i++;
              for (; i < n; i++) {
                const e = path.charCodeAt(i);
                if (e === 0x5c) i++;
                else if (e === 0x22) break;
              }
            }
          }
        }
      }
    } else if (c === 0x7c) {
      return [path.slice(0, i), path.slice(i + 1)];
    }
  }
  return undefined;
}

export interface SubSelector {
  readonly name: string;
  readonly path: string;
}

/** gjson parseSubSelectors: the selectors of a leading '[a,b]' or '{"x":a,b}', and the rest of the path. */
export function parseSubSelectors(path: string): { sels: SubSelector[]; rest: string } | undefined {
  const sels: SubSelector[] = [];
  let modifier = 0;
  let depth = 1;
  let colon = 0;
  let start = 1;
  const n = path.length;
  const push = (i: number): void => {
    if (colon === 0) sels.push({ name: '', path: path.slice(start, i) });
    else sels.push({ name: path.slice(start, colon), path: path.slice(colon + 1, i) });
    colon = 0;
    modifier = 0;
    start = i + 1;
  };
  for (let i = 1; i < n; i++) {
    switch (path.charCodeAt(i)) {
      case 0x5c:
        i++;
        break;
      case 0x40:
        if (modifier === 0 && i > 0 && (path.charCodeAt(i - 1) === 0x2e || path.charCodeAt(i - 1) === 0x7c)) modifier = i;
        break;
      case 0x3a:
        if (modifier === 0 && colon === 0 && depth === 1) colon = i;
        break;
      case 0x2c:
        if (depth === 1) push(i);
        break;
      case 0x22:
        i++;
        for (; i < n; i++) {
          const d = path.charCodeAt(i);
          if (d === 0x5c) i++;
          else if (d === 0x22) break;
        }
        break;
      case 0x5b:
      case 0x28:
      case 0x7b:
        depth++;
        break;
      case 0x5d:
      case 0x29:
      case 0x7d:
        depth--;
        if (depth === 0) {
          push(i);
          return { sels, rest: path.slice(i + 1) };
        }
        break;
    }
  }
  return undefined;
}

/** gjson nameOfLast: the last '.'/'|' component (an escaped separator does not count). */
export function nameOfLast(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path.charCodeAt(i);
    if (c === 0x7c || c === 0x2e) {
      if (i > 0 && path.charCodeAt(i - 1) === 0x5c) continue;
      return path.slice(i + 1);
    }
  }
  return path;
}

export function isSimpleName(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    const c = component.charCodeAt(i);
    if (c < 0x20) return false;
    switch (c) {
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
      case 0x28:
      case 0x29:
      case 0x23:
      case 0x7c:
      case 0x21:
        return false;
    }
  }
  return true;
}
