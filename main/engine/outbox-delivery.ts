// Sends outbox items: each request of the item in order, each marked done
// (fsynced) the moment it succeeds, with `Idempotency-Key` = call id +
// scenario + request. Retryable failures back off exponentially; requests the
// helpdesk refuses for good (4xx other than 401/408/429), or items out of
// attempts, become `failed` for the agent to retry or discard.
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { problem, problemOf } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import type { ProblemCode } from '../../shared/i18n/problems-en';
import type { Outbox } from '../store/outbox';
import type { Integration } from './integration';
import { RequestFailedError } from './request-runner';
import { scenarioTexts } from './scenarios/scenario-texts';

export interface DeliveryOptions {
  readonly integration: () => Integration | undefined;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly maxAttempts?: number;
  readonly concurrency?: number;
  readonly timeZone?: string | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

/** Why an item cannot go: the work it needs did not get through (by that work's state). */
const DEPENDENCY_NOT_DONE = {
  pending: 'outbox.dependencyPending',
  failed: 'outbox.dependencyFailed',
  discarded: 'outbox.dependencyDiscarded',
  done: 'outbox.dependencyNotDone',
} as const satisfies Record<OutboxItem['state'], ProblemCode>;

export function idempotencyKey(item: Pick<OutboxItem, 'callId' | 'scenario'>, request: string): string {
  return `${item.callId}:${item.scenario}:${request}`;
}

export class OutboxDelivery {
  readonly #inFlight = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #unsubscribe: (() => void) | undefined;
  #pass: Promise<void> | undefined;
  /** Set once stop() has given in-flight sends their grace: later results are not written. */
  #stopped = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly options: DeliveryOptions,
  ) {}

  /** Delivers in the background: now, whenever an item is added, and when the next one falls due. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.outbox.onChange(() => this.kick());
    this.kick();
  }

  /**
   * Stops delivering. Sends already in flight get `graceMs` to finish and be
   * recorded; whatever answers after that is not written (the outbox may be
   * closed by then): the item stays pending and is sent again, with the same
   * idempotency key, after the next start.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    if (this.#timer) clearTimeout(this.#timer);
    const pass = this.#pass;
    if (pass) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([pass.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    this.#stopped = true;
  }

  kick(): void {
    if (!this.#running || this.#pass) return;
    queueMicrotask(() => void this.#loop());
  }

  async #loop(): Promise<void> {
    if (this.#pass || !this.#running) return;
    this.#pass = this.deliverDue();
    try {
      await this.#pass;
    } finally {
      this.#pass = undefined;
    }
    if (!this.#running) return;
    if (this.outbox.due().some((i) => !this.#inFlight.has(i.id))) {
      this.kick();
      return;
    }
    const pending = this.outbox.list().filter((i) => i.state === 'pending');
    if (this.#timer) clearTimeout(this.#timer);
    if (pending.length === 0) return;
    const next = Math.min(...pending.map((i) => i.nextAt));
    this.#timer = setTimeout(() => this.kick(), Math.max(50, Math.min(next - Date.now(), 60_000)));
  }

  /** One pass: every item due now, `concurrency` at a time. */
  async deliverDue(): Promise<void> {
    const due = this.outbox.due().filter((i) => !this.#inFlight.has(i.id));
    const limit = this.options.concurrency ?? 4;
    let index = 0;
    const worker = async () => {
      while (index < due.length) {
        const item = due[index++];
        if (item) await this.deliver(item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, due.length) }, worker));
  }

  async deliver(start: OutboxItem): Promise<void> {
    if (this.#inFlight.has(start.id)) return;
    this.#inFlight.add(start.id);
    try {
      await this.#send(start.id);
    } finally {
      this.#inFlight.delete(start.id);
    }
  }

  async #send(id: string): Promise<void> {
    const item = this.outbox.get(id);
    if (!item || item.state !== 'pending') return;
    const integration = this.options.integration();
    if (!integration) {
      this.#later(item, problem('outbox.noIntegration'), true);
      return;
    }
    const scenario = integration.spec.scenarios.get(item.scenario);
    if (!scenario) {
      this.outbox.failed(item.id, problem('outbox.noScenario', { scenario: item.scenario }));
      return;
    }
    const dependency = item.dependsOn === undefined ? undefined : this.outbox.byKey(item.dependsOn);
    if (item.dependsOn !== undefined && dependency?.state !== 'done' && item.softDependency !== true) {
      this.outbox.failed(item.id, dependency === undefined ? problem('outbox.dependencyMissing', { key: item.dependsOn }) : problem(DEPENDENCY_NOT_DONE[dependency.state], { key: item.dependsOn }));
      return;
    }
    // Precedence (design.md): fields, globals, call variables, the scenario's CustomScenarioParameter values,
    // then Subject/Description, then outputs of the chain.
    const vars: Record<string, string> = { ...integration.baseVars(), ...item.vars, ...scenario.variables };
    const chained = Object.entries({ ...dependency?.outputs, ...item.outputs }).filter(([, v]) => v !== '');
    for (const [k, v] of chained) vars[k] = v;
    try {
      Object.assign(vars, scenarioTexts(scenario, item.texts, vars, this.options.timeZone));
      for (const [k, v] of chained) vars[k] = v;
      for (const name of item.requests) {
        if (item.done.includes(name)) continue;
        const request = scenario.requests.find((r) => r.name === name);
        if (!request) throw new RequestFailedError(problem('request.missing', { scenario: item.scenario, name }), 0, false, name);
        const { values } = await integration.request(request, vars, { callId: item.callId, idempotencyKey: idempotencyKey(item, name) });
        if (this.#stopped) return;
        this.outbox.requestDone(item.id, name, values);
        for (const [k, v] of Object.entries(values)) if (v !== '') vars[k] = v;
      }
      if (this.#stopped) return;
      this.outbox.succeeded(item.id);
    } catch (error) {
      if (this.#stopped) return;
      const message = integration.redactor.redactProblem(problemOf(error));
      const retryable = error instanceof RequestFailedError ? error.retryable : false;
      this.#later(this.outbox.get(item.id) ?? item, message, retryable);
    }
  }

  #later(item: OutboxItem, message: ProblemText, retryable: boolean): void {
    const maxAttempts = this.options.maxAttempts ?? 15;
    if (!retryable || item.attempts + 1 >= maxAttempts) {
      this.options.log?.(`outbox ${item.key}: failed: ${message.message}`);
      this.outbox.failed(item.id, message);
      return;
    }
    const base = this.options.baseDelayMs ?? 2_000;
    const delay = Math.min(this.options.maxDelayMs ?? 600_000, base * 2 ** item.attempts) * (0.75 + Math.random() / 2);
    this.outbox.attemptFailed(item.id, message, Date.now() + delay);
  }

  /** Resolves when nothing is pending any more (tests and the CLI), or after `timeoutMs`. */
  async settle(timeoutMs = 30_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const pending = this.outbox.list().filter((i) => i.state === 'pending');
      if (pending.length === 0 && this.#inFlight.size === 0) return true;
      if (!this.#running) await this.deliverDue();
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }
}
