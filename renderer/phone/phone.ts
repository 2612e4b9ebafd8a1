// The agent's phone: one AccountAgent per enabled SIP account, the calls on
// all of them, the tones, and the reports to main (registration state and
// call events through the IPC contract). UI-free: React reads it through
// subscribe()/snapshot (see PhoneProvider), tests through window.ringdeskPhone.
import { Inviter, UserAgent } from 'sip.js';
import type { Invitation, Referral } from 'sip.js';
import type { RingdeskApi } from '../../shared/ipc';
import type { CallEvent } from '../../shared/calls/call-event';
import type { DtmfMode, SipAccount, SipSettings } from '../../shared/sip/account';
import { splitSipUri } from '../../shared/sip/account';
import { callerIdentity, uriNumber } from '../../shared/sip/caller-id';
import { dialTarget } from '../../shared/sip/dial';
import type { RegistrationReport } from '../../shared/sip/registration';
import { AccountAgent } from './account-agent';
import { CallAudio } from './call-audio';
import { InviteArrivals } from './invite-arrivals';
import { PhoneCall } from './phone-call';
import type { CallHooks, CallView } from './phone-call';
import { TonePlayer } from './tones';
import type { Tone } from './tones';

export interface PhoneSnapshot {
  readonly accounts: readonly SipAccount[];
  readonly registrations: Readonly<Record<string, RegistrationReport>>;
  /** Calls not yet ended, oldest first. */
  readonly calls: readonly CallView[];
  /** The last few ended calls, newest first. */
  readonly recent: readonly CallView[];
  readonly tone: Tone | undefined;
}

export interface CallStats {
  readonly callId: string;
  readonly sipCallId: string;
  readonly iceState: string;
  readonly packetsSent: number;
  readonly packetsReceived: number;
  readonly bytesReceived: number;
  /** False while muted or held: our microphone track is switched off. */
  readonly sending: boolean;
  /** The negotiated direction of the audio transceiver (sendrecv, sendonly when we hold, recvonly when held by the other side). */
  readonly direction: string;
}

interface RunningAgent {
  readonly key: string;
  readonly agent: AccountAgent;
}

const AUDIO_ONLY = { constraints: { audio: true, video: false } };
const RECENT_KEPT = 10;

export class Phone {
  readonly arrivals = new InviteArrivals();
  readonly #agents = new Map<string, RunningAgent>();
  readonly #starting = new Map<string, number>();
  readonly #calls = new Map<string, PhoneCall>();
  readonly #registrations = new Map<string, RegistrationReport>();
  readonly #listeners = new Set<() => void>();
  readonly #tones = new TonePlayer();
  readonly #audio = new CallAudio();
  #recent: CallView[] = [];
  #settings: SipSettings | undefined;
  #snapshot: PhoneSnapshot = { accounts: [], registrations: {}, calls: [], recent: [], tone: undefined };
  #nextCall = 1;
  #startToken = 0;
  readonly #unsubscribe: (() => void)[] = [];

  constructor(
    private readonly api: RingdeskApi,
    private readonly log: (line: string) => void = (line) => console.warn(`[phone] ${line}`),
  ) {}

  /** Starts listening for `online` and main's wake notices; stop() undoes it. */
  attach(): void {
    if (this.#unsubscribe.length > 0) return;
    const online = () => this.refresh('online');
    window.addEventListener('online', online);
    this.#unsubscribe.push(() => window.removeEventListener('online', online));
    this.#unsubscribe.push(this.api.on('system.wake', ({ reason }) => this.refresh(reason)));
  }

  get snapshot(): PhoneSnapshot {
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How DTMF is sent, per the SIP settings (RFC 4733 until settings arrive). */
  get dtmfMode(): DtmfMode {
    return this.#settings?.dtmf ?? 'rfc4733';
  }

  /** Brings the running agents in line with the settings: starts new or changed accounts, stops removed ones. */
  applySettings(settings: SipSettings): void {
    this.#settings = settings;
    this.#tones.setOutputDevice(settings.audioOutputDeviceId);
    this.#audio.setOutputDevice(settings.audioOutputDeviceId);
    const wanted = new Map(settings.accounts.filter((a) => a.enabled).map((a) => [a.id, a]));
    for (const [id, running] of this.#agents) {
      const account = wanted.get(id);
      if (!account || running.key !== agentKey(account, settings)) this.#stopAgent(id);
    }
    for (const account of wanted.values()) {
      if (!this.#agents.has(account.id)) void this.#startAgent(account, settings);
    }
    for (const id of this.#registrations.keys()) if (!wanted.has(id)) this.#registrations.delete(id);
    this.#notify();
  }

  /** The password of an account changed: register again with the new one. */
  credentialsChanged(accountId: string): void {
    const settings = this.#settings;
    const account = settings?.accounts.find((a) => a.id === accountId && a.enabled);
    if (!settings || !account) return;
    this.#stopAgent(accountId);
    void this.#startAgent(account, settings);
  }

  /** `online`, wake or unlock: sockets may be dead without knowing it. */
  refresh(reason: string): void {
    for (const { agent } of this.#agents.values()) agent.refresh(reason);
  }

  /** Places a call from an account to a number, extension or SIP address. */
  dial(accountId: string, input: string): CallView {
    const account = this.#settings?.accounts.find((a) => a.id === accountId);
    const ua = this.#agents.get(accountId)?.agent.userAgent;
    if (!account || !ua) throw new Error(`account ${accountId} is not connected`);
    const target = dialTarget(input, splitSipUri(account.uri).host);
    const uri = target === undefined ? undefined : UserAgent.makeURI(target);
    if (!target || !uri) throw new Error(`cannot dial ${JSON.stringify(input)}: not a number or SIP address`);
    const inviter = new Inviter(ua, uri, { sessionDescriptionHandlerOptions: AUDIO_ONLY });
    return this.#placeCall(account, inviter, target);
  }

  call(id: string): PhoneCall | undefined {
    return this.#calls.get(id);
  }

  async stats(): Promise<CallStats[]> {
    const out: CallStats[] = [];
    for (const call of this.#calls.values()) {
      const pc = call.peerConnection();
      if (!pc) continue;
      let packetsSent = 0;
      let packetsReceived = 0;
      let bytesReceived = 0;
      (await pc.getStats()).forEach((report: { type: string; kind?: string; packetsSent?: number; packetsReceived?: number; bytesReceived?: number }) => {
        if (report.kind !== 'audio') return;
        if (report.type === 'outbound-rtp') packetsSent += report.packetsSent ?? 0;
        if (report.type === 'inbound-rtp') {
          packetsReceived += report.packetsReceived ?? 0;
          bytesReceived += report.bytesReceived ?? 0;
        }
      });
      const sending = pc.getSenders().every((sender) => !sender.track || sender.track.enabled);
      const direction = pc.getTransceivers()[0]?.currentDirection ?? 'none';
      out.push({ callId: call.view.id, sipCallId: call.view.sipCallId, iceState: pc.iceConnectionState, packetsSent, packetsReceived, bytesReceived, sending, direction });
    }
    return out;
  }

  /** Unregisters every account (on quit); bounded so a dead server cannot hold up closing. */
  async stop(): Promise<void> {
    for (const off of this.#unsubscribe.splice(0)) off();
    this.#tones.play(undefined);
    const stopping = [...this.#agents.keys()].map((id) => this.#stopAgent(id));
    this.#registrations.clear();
    await Promise.all(stopping);
  }

  async #startAgent(account: SipAccount, settings: SipSettings): Promise<void> {
    const token = ++this.#startToken;
    this.#starting.set(account.id, token);
    let password: string | null = null;
    try {
      password = (await this.api.invoke('sip.credentials', { accountId: account.id })).password;
    } catch (error) {
      this.log(`account ${account.id}: could not read its password from main (${(error as Error).message})`);
    }
    if (this.#starting.get(account.id) !== token || this.#agents.has(account.id)) return;
    this.#starting.delete(account.id);
    const agent = new AccountAgent({
      account,
      password,
      registerExpiresSeconds: settings.registerExpiresSeconds,
      keepAliveSeconds: settings.keepAliveSeconds,
      arrivals: this.arrivals,
      onRegistration: (report) => this.#onRegistration(agent, report),
      onInvite: (invitation) => this.#onInvite(account, invitation),
      hasCalls: () => [...this.#calls.values()].some((c) => c.view.accountId === account.id),
      log: this.log,
    });
    this.#agents.set(account.id, { key: agentKey(account, settings), agent });
    agent.start();
  }

  #stopAgent(accountId: string): Promise<void> {
    this.#starting.delete(accountId);
    const running = this.#agents.get(accountId);
    if (!running) return Promise.resolve();
    this.#agents.delete(accountId);
    return running.agent.stop();
  }

  #onRegistration(agent: AccountAgent, report: RegistrationReport): void {
    // A stopped agent's last word must not overwrite its successor's state.
    if (this.#agents.get(report.accountId)?.agent !== agent) return;
    this.#registrations.set(report.accountId, report);
    this.api.invoke('sip.registration.report', report).catch((error: Error) => this.log(`registration report not delivered: ${error.message}`));
    this.#notify();
  }

  #onInvite(account: SipAccount, invitation: Invitation): void {
    const request = invitation.request;
    const remote = callerIdentity({
      pAssertedIdentity: request.getHeader('P-Asserted-Identity'),
      remotePartyId: request.getHeader('Remote-Party-ID'),
      from: request.getHeader('From'),
    });
    const startedAt = this.arrivals.arrivalOf(request.callId) ?? Date.now();
    const call = new PhoneCall(invitation, { id: `call-${this.#nextCall++}`, accountId: account.id, localNumber: splitSipUri(account.uri).user, remote, startedAt }, this.#hooks);
    this.#calls.set(call.view.id, call);
    this.#emit(call.ringingEvent());
    this.#notify();
  }

  #placeCall(account: SipAccount, inviter: Inviter, target: string): CallView {
    const remote = { displayName: '', uri: target, number: uriNumber(target) };
    const call = new PhoneCall(inviter, { id: `call-${this.#nextCall++}`, accountId: account.id, localNumber: splitSipUri(account.uri).user, remote, startedAt: Date.now() }, this.#hooks);
    this.#calls.set(call.view.id, call);
    this.#emit(call.ringingEvent());
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response) => {
            if (response.message.statusCode === 180 || response.message.statusCode === 183) call.noteAlerting();
          },
          onReject: (response) => call.noteRejected(response.message.statusCode ?? 0, response.message.reasonPhrase ?? '', response.message.getHeader('Reason')),
        },
      })
      .catch((error: Error) => this.log(`call to ${target}: INVITE failed (${error.message})`));
    this.#notify();
    return call.view;
  }

  readonly #hooks: CallHooks = {
    emit: (event) => this.#emit(event),
    changed: (call) => this.#onCallChanged(call),
    referred: (call, referral) => this.#onReferred(call, referral),
    log: (line) => this.log(line),
  };

  #onReferred(call: PhoneCall, referral: Referral): void {
    const account = this.#settings?.accounts.find((a) => a.id === call.view.accountId);
    if (!account) {
      void referral.reject().catch(() => undefined);
      return;
    }
    const target = referral.referTo.uri.toString();
    void referral.accept().then(
      () => this.#placeCall(account, referral.makeInviter({ sessionDescriptionHandlerOptions: AUDIO_ONLY }), target),
      (error: Error) => this.log(`transfer to ${target} not accepted: ${error.message}`),
    );
  }

  #onCallChanged(call: PhoneCall): void {
    const view = call.view;
    if (view.status === 'active') {
      const stream = call.remoteStream();
      if (stream) this.#audio.attach(view.id, stream);
    }
    if (view.status === 'ended' && this.#calls.has(view.id)) {
      this.#calls.delete(view.id);
      this.#audio.detach(view.id);
      this.#recent = [view, ...this.#recent].slice(0, RECENT_KEPT);
    }
    this.#notify();
  }

  #emit(event: CallEvent): void {
    this.api.invoke('call.event', event).catch((error: Error) => this.log(`call event ${event.kind} ${event.sipCallId} not delivered: ${error.message}`));
  }

  #toneFor(calls: readonly CallView[]): Tone | undefined {
    const busy = calls.some((c) => c.status === 'active');
    if (calls.some((c) => c.status === 'ringing' && !c.ignored)) return busy ? 'waiting' : 'ring';
    if (calls.some((c) => c.status === 'dialing' && c.alerting)) return 'ringback';
    return undefined;
  }

  #notify(): void {
    const calls = [...this.#calls.values()].map((c) => c.view);
    const tone = this.#toneFor(calls);
    this.#tones.play(tone);
    this.#snapshot = {
      accounts: this.#settings?.accounts ?? [],
      registrations: Object.fromEntries(this.#registrations),
      calls,
      recent: this.#recent,
      tone,
    };
    for (const listener of this.#listeners) listener();
  }
}

function agentKey(account: SipAccount, settings: SipSettings): string {
  return JSON.stringify([account, settings.registerExpiresSeconds, settings.keepAliveSeconds]);
}
