// Click-to-call links arrive whenever the OS likes: before the app is ready
// (the link that launched it, macOS open-url), or from a second instance. The
// inbox holds them until the phone's window has loaded, then validates each
// in the region the settings name at that moment and hands it on.
import type { DialRequest } from '../../shared/desktop-channels';
import { dialRequestFromUrl } from './dial-request';

export interface DialInboxTarget {
  region(): string;
  dial(request: DialRequest): void;
  refused(reason: string): void;
}

/** Links that arrive before the phone is ready; more than a few is a page spamming links. */
const MAX_WAITING = 5;

export class DialInbox {
  #waiting: string[] = [];
  #target: DialInboxTarget | undefined;

  receive(url: string): void {
    if (this.#target === undefined) {
      if (this.#waiting.length < MAX_WAITING) this.#waiting.push(url);
      return;
    }
    const outcome = dialRequestFromUrl(url, this.#target.region());
    if (outcome.ok) this.#target.dial(outcome.request);
    else this.#target.refused(outcome.reason);
  }

  /** The phone is listening: deliver what waited, in order, and everything after. */
  open(target: DialInboxTarget): void {
    this.#target = target;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const url of waiting) this.receive(url);
  }

  /** The phone's window is reloading or gone: hold links again. */
  close(): void {
    this.#target = undefined;
  }
}
