// One call, inbound (SIP.js Invitation) or outbound (Inviter), behind the
// actions the call window offers. It turns what SIP tells it into the three
// call events main hears about (ringing, answered, ended) and remembers why a
// call ended so the disposition is right (a CANCEL before answer is MISSED,
// a decline is BUSY, ...).
import { Invitation, Inviter, SessionState, UserAgent } from 'sip.js';
import type { Bye, Cancel, Info, Referral } from 'sip.js';
import type { CallDirection, CallDisposition, CallEndedBy, CallEvent } from '../../shared/calls/call-event';
import type { PartyIdentity } from '../../shared/sip/caller-id';
import type { CallEnding } from '../../shared/sip/disposition';
import { completedElsewhere, dispositionOf } from '../../shared/sip/disposition';
import type { DtmfMode } from '../../shared/sip/account';

export type CallStatus = 'ringing' | 'dialing' | 'active' | 'ended';

/** What the UI shows about a call; a new object after every change. */
export interface CallView {
  readonly id: string;
  readonly sipCallId: string;
  readonly accountId: string;
  readonly direction: CallDirection;
  readonly status: CallStatus;
  readonly remote: PartyIdentity;
  readonly startedAt: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  readonly disposition?: CallDisposition;
  /** Outbound: the far end is ringing (180 seen). */
  readonly alerting: boolean;
  readonly muted: boolean;
  readonly held: boolean;
  /** Inbound: the agent silenced it; it rings out at the PBX. */
  readonly ignored: boolean;
  readonly dtmfSent: string;
  readonly dtmfReceived: string;
  readonly transferredTo?: string;
}

export interface CallHooks {
  emit(event: CallEvent): void;
  changed(call: PhoneCall): void;
  /** A REFER asked us (the transferee) to call someone else. */
  referred(call: PhoneCall, referral: Referral): void;
  log(line: string): void;
}

export interface CallSetup {
  readonly id: string;
  readonly accountId: string;
  readonly localNumber: string;
  readonly remote: PartyIdentity;
  readonly startedAt: number;
}

const AUDIO_ONLY = { constraints: { audio: true, video: false } };

export class PhoneCall {
  #view: CallView;
  #ending: CallEnding | undefined;
  #endedBy: CallEndedBy = 'system';
  #reason: string | undefined;
  #elsewhere = false;

  constructor(
    readonly session: Invitation | Inviter,
    private readonly setup: CallSetup,
    private readonly hooks: CallHooks,
  ) {
    const inbound = session instanceof Invitation;
    this.#view = {
      id: setup.id,
      sipCallId: inbound ? session.request.callId : session.request.callId,
      accountId: setup.accountId,
      direction: inbound ? 'inbound' : 'outbound',
      status: inbound ? 'ringing' : 'dialing',
      remote: setup.remote,
      startedAt: setup.startedAt,
      alerting: false,
      muted: false,
      held: false,
      ignored: false,
      dtmfSent: '',
      dtmfReceived: '',
    };
    session.delegate = {
      onBye: (bye: Bye) => {
        // With our own onBye, SIP.js leaves answering the BYE to us.
        this.#endedBy = 'remote';
        this.#ending = { type: 'hangup' };
        void bye.accept().catch(() => undefined);
      },
      onCancel: (cancel: Cancel) => {
        this.#endedBy = 'remote';
        const reason = cancel.request.getHeader('Reason');
        this.#reason = reason ? `CANCEL (${reason})` : 'CANCEL';
        this.#elsewhere = completedElsewhere(reason);
        this.#ending = { type: 'caller-cancelled', reason };
      },
      onInfo: (info: Info) => this.#onInfo(info),
      onRefer: (referral: Referral) => this.hooks.referred(this, referral),
    };
    session.stateChange.addListener((state) => this.#onState(state));
  }

  get view(): CallView {
    return this.#view;
  }

  get isLive(): boolean {
    return this.#view.status !== 'ended';
  }

  /** The event main hears when the call starts ringing (inbound) or is dialled (outbound). */
  ringingEvent(): CallEvent {
    return { kind: 'ringing', ...this.#facts(Date.now()) };
  }

  async answer(): Promise<void> {
    const session = this.session;
    if (!(session instanceof Invitation) || session.state !== SessionState.Initial) return;
    this.#update({ ignored: false });
    try {
      await session.accept({ sessionDescriptionHandlerOptions: AUDIO_ONLY });
    } catch (error) {
      this.hooks.log(`call ${this.#view.sipCallId}: answer failed (${(error as Error).message})`);
      this.#ending = { type: 'failed' };
      this.#reason = `answer failed: ${(error as Error).message}`;
    }
  }

  async decline(): Promise<void> {
    const session = this.session;
    if (!(session instanceof Invitation) || session.state !== SessionState.Initial) return;
    this.#endedBy = 'local';
    this.#ending = { type: 'declined' };
    this.#reason = '486 Busy Here';
    await session.reject({ statusCode: 486 });
  }

  /** Stops ringing here; the call keeps ringing at the PBX until it gives up or the caller hangs up. */
  ignore(): void {
    if (this.#view.status === 'ringing') this.#update({ ignored: true });
  }

  /** Hangs up whatever the state: BYE when answered, CANCEL while dialling, 486 while ringing. */
  async hangup(): Promise<void> {
    const session = this.session;
    this.#endedBy = 'local';
    if (session.state === SessionState.Established) {
      this.#ending = { type: 'hangup' };
      await session.bye();
    } else if (session instanceof Inviter && (session.state === SessionState.Initial || session.state === SessionState.Establishing)) {
      this.#ending = { type: 'cancelled' };
      this.#reason = 'CANCEL';
      await session.cancel();
    } else if (session instanceof Invitation && session.state === SessionState.Initial) {
      await this.decline();
    }
  }

  setMuted(muted: boolean): void {
    this.#enableSending(!muted && !this.#view.held);
    this.#update({ muted });
  }

  /** Hold and resume by re-INVITE (sendonly / sendrecv). */
  async setHeld(held: boolean): Promise<void> {
    const session = this.session;
    if (session.state !== SessionState.Established || this.#view.held === held) return;
    session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold: held } as typeof session.sessionDescriptionHandlerOptionsReInvite;
    await new Promise<void>((resolve, reject) => {
      session
        .invite({
          requestDelegate: {
            onAccept: () => {
              this.#enableSending(!held && !this.#view.muted);
              this.#update({ held });
              resolve();
            },
            onReject: (response) => reject(new Error(`hold re-INVITE refused: ${response.message.statusCode} ${response.message.reasonPhrase}`)),
          },
        })
        .catch(reject);
    });
  }

  sendDtmf(digit: string, mode: DtmfMode): boolean {
    const session = this.session;
    if (!/^[0-9A-D*#]$/i.test(digit) || session.state !== SessionState.Established) return false;
    let sent: boolean;
    if (mode === 'info') {
      void session
        .info({ requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${digit}\r\nDuration=160` } } })
        .catch((error: Error) => this.hooks.log(`call ${this.#view.sipCallId}: DTMF INFO failed (${error.message})`));
      sent = true;
    } else {
      const handler = session.sessionDescriptionHandler as { sendDtmf?(tones: string): boolean } | undefined;
      sent = handler?.sendDtmf?.(digit) ?? false;
    }
    if (sent) this.#update({ dtmfSent: this.#view.dtmfSent + digit });
    return sent;
  }

  /** Blind transfer: REFER the other party to `target`, then leave the call once the REFER is accepted. */
  async transfer(target: string): Promise<void> {
    const session = this.session;
    const uri = UserAgent.makeURI(target);
    if (!uri) throw new Error(`transfer target ${target} is not a SIP URI`);
    if (session.state !== SessionState.Established) throw new Error('only an answered call can be transferred');
    await new Promise<void>((resolve, reject) => {
      session
        .refer(uri, {
          requestDelegate: {
            onAccept: () => {
              this.#update({ transferredTo: target });
              this.#endedBy = 'local';
              this.#ending = { type: 'hangup' };
              this.#reason = `transferred to ${target}`;
              void session.bye().catch(() => undefined);
              resolve();
            },
            onReject: (response) => reject(new Error(`transfer refused: ${response.message.statusCode} ${response.message.reasonPhrase}`)),
          },
        })
        .catch(reject);
    });
  }

  /** Outbound: records a failure answer (486, 404, ...) before SIP.js terminates the session. */
  noteRejected(code: number, phrase: string, reason: string | undefined): void {
    // Our own CANCEL comes back as 487: the agent ended it, not the far end.
    if (this.#ending?.type === 'cancelled') return;
    this.#endedBy = 'remote';
    this.#reason = `${code} ${phrase}`.trim();
    this.#ending = { type: 'rejected', code, reason: reason ?? phrase };
  }

  noteAlerting(): void {
    if (this.#view.status === 'dialing') this.#update({ alerting: true });
  }

  /** The remote audio, once media is up. */
  remoteStream(): MediaStream | undefined {
    const handler = this.session.sessionDescriptionHandler as { remoteMediaStream?: MediaStream } | undefined;
    return handler?.remoteMediaStream;
  }

  peerConnection(): RTCPeerConnection | undefined {
    const handler = this.session.sessionDescriptionHandler as { peerConnection?: RTCPeerConnection } | undefined;
    return handler?.peerConnection;
  }

  #enableSending(enable: boolean): void {
    const pc = this.peerConnection();
    for (const sender of pc?.getSenders() ?? []) if (sender.track) sender.track.enabled = enable;
  }

  #onInfo(info: Info): void {
    const contentType = info.request.getHeader('Content-Type') ?? '';
    const body = info.request.body ?? '';
    void info.accept().catch(() => undefined);
    const signal = /(?:^|\n)\s*Signal\s*=\s*([0-9A-D*#])/i.exec(body)?.[1];
    if (/dtmf/i.test(contentType) && signal) this.#update({ dtmfReceived: this.#view.dtmfReceived + signal });
  }

  #onState(state: SessionState): void {
    if (state === SessionState.Established) {
      const answeredAt = Date.now();
      this.#update({ status: 'active', answeredAt, ignored: false });
      this.hooks.emit({ kind: 'answered', ...this.#facts(answeredAt), answeredAt });
    } else if (state === SessionState.Terminated) {
      // SIP.js terminates an Inviter before it calls the invite's onReject; let that run first so the status code is known.
      queueMicrotask(() => this.#finish());
    }
  }

  #finish(): void {
    const endedAt = Date.now();
    const answered = this.#view.answeredAt !== undefined;
    const ending = this.#ending ?? (answered ? { type: 'hangup' as const } : this.#view.direction === 'inbound' ? { type: 'unanswered' as const } : { type: 'failed' as const });
    const disposition = dispositionOf(this.#view.direction, answered, ending);
    this.#update({ status: 'ended', endedAt, disposition });
    this.hooks.emit({
      kind: 'ended',
      ...this.#facts(endedAt),
      ...(this.#view.answeredAt !== undefined ? { answeredAt: this.#view.answeredAt } : {}),
      endedAt,
      disposition,
      endedBy: this.#endedBy,
      ...(this.#reason !== undefined ? { reason: this.#reason.slice(0, 300) } : {}),
      ...(this.#elsewhere ? { completedElsewhere: true } : {}),
    });
  }

  #facts(at: number) {
    const v = this.#view;
    return {
      sipCallId: v.sipCallId,
      accountId: v.accountId,
      direction: v.direction,
      localNumber: this.setup.localNumber.slice(0, 128),
      remoteNumber: v.remote.number.slice(0, 128),
      remoteDisplayName: v.remote.displayName.slice(0, 256),
      remoteUri: v.remote.uri.slice(0, 512),
      startedAt: v.startedAt,
      at,
    };
  }

  #update(change: Partial<CallView>): void {
    this.#view = { ...this.#view, ...change };
    this.hooks.changed(this);
  }
}
