// One SIP account's connection to the PBX: a SIP.js UserAgent + Registerer
// behind a small interface, and the parts SIP.js leaves to the app: reconnect
// with jittered backoff after the transport drops, a fresh start on `online`
// or wake, and OPTIONS keep-alives that notice a WebSocket which is open but
// dead (a black-holed server never closes it). Each (re)connect builds a new
// UserAgent: an abandoned one may hang in its close handshake, and a
// generation counter makes its late callbacks harmless.
import { Registerer, RegistererState, UserAgent } from 'sip.js';
import type { Invitation } from 'sip.js';
import type { SipAccount } from '../../shared/sip/account';
import { splitSipUri } from '../../shared/sip/account';
import { reconnectDelayMs } from '../../shared/sip/backoff';
import { initialRegistration, reduceRegistration } from '../../shared/sip/registration';
import type { RegistrationEvent, RegistrationReport, RegistrationState } from '../../shared/sip/registration';
import type { InviteArrivals } from './invite-arrivals';

export interface AccountAgentOptions {
  readonly account: SipAccount;
  readonly password: string | null;
  readonly registerExpiresSeconds: number;
  readonly keepAliveSeconds: number;
  readonly arrivals: InviteArrivals;
  onRegistration(report: RegistrationReport): void;
  onInvite(invitation: Invitation): void;
  /** True while this account has a call up: a refresh then probes instead of tearing the call down. */
  hasCalls(): boolean;
  log(line: string): void;
}

/** How long a REGISTER or keep-alive may go unanswered before the connection is presumed dead. */
const ANSWER_TIMEOUT_MS = 8_000;
const CONNECT_TIMEOUT_SECONDS = 5;

export class AccountAgent {
  #ua: UserAgent | undefined;
  #registerer: Registerer | undefined;
  #state: RegistrationState = initialRegistration;
  #since = Date.now();
  #retryAt: number | undefined;
  #generation = 0;
  #stopped = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #keepAlive: ReturnType<typeof setInterval> | undefined;
  #probing = false;
  readonly #contact = {
    name: randomToken(10),
    host: `${randomToken(12)}.invalid`,
    instanceId: crypto.randomUUID(),
  };

  constructor(private readonly options: AccountAgentOptions) {}

  get accountId(): string {
    return this.options.account.id;
  }

  get userAgent(): UserAgent | undefined {
    return this.#ua;
  }

  get report(): RegistrationReport {
    const { status, failure } = this.#state;
    return {
      accountId: this.accountId,
      status,
      ...(failure ? { failure } : {}),
      ...(this.#retryAt !== undefined ? { retryAt: this.#retryAt } : {}),
      since: this.#since,
    };
  }

  start(): void {
    this.#stopped = false;
    void this.#connect();
  }

  /** After `online` or a wake: a dead socket is likely, so start afresh (or only probe while a call is up). */
  refresh(reason: string): void {
    if (this.#stopped) return;
    this.options.log(`account ${this.accountId}: refresh on ${reason}`);
    if (this.#state.status === 'registered' && this.options.hasCalls()) {
      this.#probe();
      return;
    }
    this.#state = { ...this.#state, attempts: 0 };
    void this.#connect();
  }

  /** Unregisters (best effort, bounded) and disconnects. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#generation++;
    this.#clearTimers();
    const ua = this.#ua;
    const registerer = this.#registerer;
    this.#ua = undefined;
    this.#registerer = undefined;
    if (registerer && registerer.state === RegistererState.Registered) {
      await Promise.race([registerer.unregister().catch(() => undefined), delay(2_000)]);
    }
    if (ua) await Promise.race([ua.stop().catch(() => undefined), delay(2_000)]);
    this.#apply({ type: 'stopped' });
  }

  #apply(event: RegistrationEvent): void {
    const previous = this.#state;
    const step = reduceRegistration(this.#state, event);
    this.#state = step.state;
    if (previous.status !== step.state.status || previous.failure?.text !== step.state.failure?.text) this.#since = Date.now();
    this.#retryAt = undefined;
    if (step.retry && !this.#stopped) this.#scheduleRetry();
    if (step.state.status !== 'registered') this.#stopKeepAlive();
    this.options.onRegistration(this.report);
  }

  #scheduleRetry(): void {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    const wait = reconnectDelayMs(Math.max(0, this.#state.attempts - 1));
    this.#retryAt = Date.now() + wait;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.#connect();
    }, wait);
  }

  #clearTimers(): void {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    if (this.#watchdog) clearTimeout(this.#watchdog);
    this.#retryTimer = undefined;
    this.#watchdog = undefined;
    this.#stopKeepAlive();
  }

  #abandon(): void {
    const ua = this.#ua;
    this.#ua = undefined;
    this.#registerer = undefined;
    // Not awaited: over a dead socket the close handshake can take a long time.
    // In a task of its own: called from SIP.js's transport callbacks, a stop
    // in the same turn is a transport state change inside a state change,
    // which SIP.js refuses with an unhandled "Loop detected." rejection.
    if (ua) setTimeout(() => void ua.stop().catch(() => undefined), 0);
  }

  async #connect(): Promise<void> {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation && !this.#stopped;
    this.#clearTimers();
    this.#abandon();
    const { account, password } = this.options;
    const uri = UserAgent.makeURI(account.uri);
    if (!uri) {
      this.#apply({ type: 'invalid-account', detail: `SIP URI ${account.uri} cannot be parsed` });
      return;
    }
    this.#apply({ type: 'start' });
    const user = splitSipUri(account.uri).user;
    const ua = new UserAgent({
      uri,
      displayName: account.displayName,
      authorizationUsername: account.authorizationUser || user,
      authorizationPassword: password ?? '',
      transportOptions: { server: account.server, connectionTimeout: CONNECT_TIMEOUT_SECONDS },
      userAgentString: 'Ringdesk',
      // The same Contact on every reconnect, so a new REGISTER replaces the old binding.
      contactName: this.#contact.name,
      viaHost: this.#contact.host,
      instanceId: this.#contact.instanceId,
      // stop() unregisters explicitly; an abandoned UserAgent must not try to over a dead socket.
      gracefulShutdown: false,
      logLevel: 'error',
      logConfiguration: false,
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: account.iceServers.map((s) => ({ ...s })) },
      },
      delegate: {
        onDisconnect: (error) => {
          if (!current() || !error) return;
          this.options.log(`account ${this.accountId}: transport lost (${error.message})`);
          this.#abandon();
          this.#apply({ type: 'transport-lost' });
        },
        onInvite: (invitation) => {
          if (current()) this.options.onInvite(invitation);
          else void invitation.reject({ statusCode: 480 }).catch(() => undefined);
        },
      },
    });
    const deliver = ua.transport.onMessage;
    ua.transport.onMessage = (message: string) => {
      this.options.arrivals.observe(message, Date.now());
      if (deliver) deliver(message);
    };
    this.#ua = ua;
    try {
      await ua.start();
    } catch (error) {
      if (!current()) return;
      this.options.log(`account ${this.accountId}: cannot connect to ${account.server} (${(error as Error).message})`);
      this.#abandon();
      this.#apply({ type: 'connect-failed' });
      return;
    }
    if (!current()) {
      void ua.stop().catch(() => undefined);
      return;
    }
    const registerer = new Registerer(ua, { expires: this.options.registerExpiresSeconds, refreshFrequency: 90, logConfiguration: false });
    this.#registerer = registerer;
    registerer.stateChange.addListener((state) => {
      if (!current()) return;
      if (state === RegistererState.Registered) {
        if (this.#watchdog) clearTimeout(this.#watchdog);
        this.#apply({ type: 'registered' });
        this.#startKeepAlive(generation);
      } else if (state === RegistererState.Unregistered && this.#state.status === 'registered') {
        // A refresh was refused or timed out: the PBX no longer routes calls here.
        this.#abandon();
        this.#apply({ type: 'transport-lost' });
      }
    });
    this.#watchdog = setTimeout(() => {
      if (!current() || this.#state.status !== 'registering') return;
      this.#abandon();
      this.#apply({ type: 'keepalive-timeout' });
    }, ANSWER_TIMEOUT_MS);
    registerer
      .register({
        requestDelegate: {
          onReject: (response) => {
            if (!current()) return;
            if (this.#watchdog) clearTimeout(this.#watchdog);
            const { statusCode, reasonPhrase } = response.message;
            const unauthorized = statusCode === 401 || statusCode === 407;
            this.#apply(unauthorized && !password ? { type: 'missing-password' } : { type: 'rejected', code: statusCode ?? 0, phrase: reasonPhrase ?? '' });
            this.#abandon();
          },
        },
      })
      .catch((error: Error) => {
        if (!current()) return;
        this.options.log(`account ${this.accountId}: REGISTER failed (${error.message})`);
        this.#abandon();
        this.#apply({ type: 'connect-failed' });
      });
  }

  #startKeepAlive(generation: number): void {
    this.#stopKeepAlive();
    this.#keepAlive = setInterval(() => {
      if (generation === this.#generation) this.#probe();
    }, this.options.keepAliveSeconds * 1000);
  }

  #stopKeepAlive(): void {
    if (this.#keepAlive) clearInterval(this.#keepAlive);
    this.#keepAlive = undefined;
  }

  /** Sends OPTIONS to the registrar's domain; any final answer proves the path is alive. */
  #probe(): void {
    const ua = this.#ua;
    if (!ua || this.#probing) return;
    const generation = this.#generation;
    const { host } = splitSipUri(this.options.account.uri);
    const target = UserAgent.makeURI(`sip:${host}`);
    const from = ua.configuration.uri;
    if (!target) return;
    this.#probing = true;
    let answered = false;
    const done = () => {
      answered = true;
      this.#probing = false;
    };
    const timer = setTimeout(() => {
      this.#probing = false;
      if (answered || generation !== this.#generation || this.#stopped) return;
      this.options.log(`account ${this.accountId}: keep-alive OPTIONS unanswered for ${ANSWER_TIMEOUT_MS} ms`);
      this.#abandon();
      this.#apply({ type: 'keepalive-timeout' });
    }, Math.min(ANSWER_TIMEOUT_MS, this.options.keepAliveSeconds * 1000));
    try {
      const message = ua.userAgentCore.makeOutgoingRequestMessage('OPTIONS', target, from, target, {});
      ua.userAgentCore.request(message, {
        onAccept: () => (clearTimeout(timer), done()),
        onReject: () => (clearTimeout(timer), done()),
        onRedirect: () => (clearTimeout(timer), done()),
      });
    } catch (error) {
      clearTimeout(timer);
      this.#probing = false;
      this.options.log(`account ${this.accountId}: keep-alive not sent (${(error as Error).message})`);
    }
  }
}

function randomToken(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
