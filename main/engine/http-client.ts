// One HTTP client per integration: at most MaxConcurrentRequest requests in
// flight, a timeout on each attempt, and retries with backoff on network
// errors, 429 and 503 (honouring Retry-After). Other statuses are returned to
// the caller, which decides what they mean. Uses the platform fetch (undici).
import { problem, ProblemError } from '../../shared/i18n/problem';
import type { Problem } from '../../shared/i18n/problem';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly attempts: number;
  readonly durationMs: number;
}

export interface HttpClientOptions {
  readonly maxConcurrent: number;
  readonly timeoutMs?: number;
  /** Total attempts for retryable failures, the first included. */
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Retry-After longer than this is not waited for: the response is returned. */
  readonly maxRetryAfterMs?: number;
}

export class NetworkError extends ProblemError {
  override readonly name = 'NetworkError';
}

class Semaphore {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  constructor(size: number) {
    this.#free = Math.max(1, size);
  }
  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why no response came: a timeout, or the platform's own words (untranslatable, so they travel as the detail). */
function networkProblem(request: HttpRequest, error: unknown, attempts: number): Problem {
  const line = `${request.method} ${request.url}`;
  if (error instanceof Error && error.name === 'TimeoutError') return problem('request.timedOut', { line, attempts });
  if (!(error instanceof Error)) return problem('request.unreachable', { line, attempts, detail: String(error) });
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `${error.message} (${(cause as { code?: string }).code ?? cause.message})` : error.message;
  return problem('request.unreachable', { line, attempts, detail });
}

export class HttpClient {
  readonly #slots: Semaphore;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxRetryAfterMs: number;

  constructor(options: HttpClientOptions) {
    this.#slots = new Semaphore(options.maxConcurrent);
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#baseDelayMs = options.baseDelayMs ?? 300;
    this.#maxDelayMs = options.maxDelayMs ?? 5_000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      const backoff = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      let response: { status: number; headers: Headers; text: string };
      try {
        response = await this.#once(request);
      } catch (error) {
        if (attempt >= this.#maxAttempts) {
          throw new NetworkError(networkProblem(request, error, attempt));
        }
        await sleep(backoff);
        continue;
      }
      const retryable = response.status === 429 || response.status === 503;
      if (retryable && attempt < this.#maxAttempts) {
        const after = retryAfterMs(response.headers.get('retry-after'));
        if (after === undefined || after <= this.#maxRetryAfterMs) {
          await sleep(after ?? backoff);
          continue;
        }
      }
      return { ...response, attempts: attempt, durationMs: performance.now() - started };
    }
  }

  async #once(request: HttpRequest): Promise<{ status: number; headers: Headers; text: string }> {
    // The slot is held for one attempt only: a request waiting out a backoff does not block others.
    await this.#slots.acquire();
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body === undefined || request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
        signal: AbortSignal.timeout(this.#timeoutMs),
        redirect: 'follow',
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } finally {
      this.#slots.release();
    }
  }
}
