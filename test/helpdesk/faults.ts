// Faults the test helpdesk can inject, per route and per count (or at a rate).
export type FaultKind =
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string; readonly body?: string }
  | { readonly kind: 'malformed' }
  /** The connection is cut before the request is handled (nothing stored). */
  | { readonly kind: 'drop' }
  /** The request is handled and stored, then the connection is cut before the answer. */
  | { readonly kind: 'drop-after-commit' }
  /** Answers 401 with the token error text, as an expired token would. */
  | { readonly kind: 'token-invalid' };

export interface Fault {
  /** `METHOD /path-prefix`, e.g. `POST /api/calls`; `*` matches every route. */
  readonly route: string;
  readonly fault: FaultKind;
  /** How many matching requests get it; Infinity for all. */
  remaining: number;
  /** Probability per matching request (1 = always). */
  readonly rate: number;
}

export function routeMatches(route: string, method: string, path: string): boolean {
  if (route === '*') return true;
  const [m = '', prefix = ''] = route.split(' ');
  return (m === '*' || m === method) && path.startsWith(prefix);
}
