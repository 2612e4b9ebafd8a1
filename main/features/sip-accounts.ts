// main's side of the phone's accounts: SIP passwords in the SecretStore (set
// by the Accounts screen, handed back only to register one account), the
// registration state each account last reported, and cleaning up the
// password of an account the user removed.
import type { Settings } from '../../shared/settings';
import { sipPasswordSecret } from '../../shared/sip/account';
import type { SipCredentials, SipPasswordChange, SipPasswordStatus } from '../../shared/sip/channels';
import type { RegistrationReport } from '../../shared/sip/registration';

/** The part of SecretStore this needs. */
export interface SecretNames {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  delete(name: string): void;
  has(name: string): boolean;
  names(prefix?: string): string[];
}

export class SipAccounts {
  readonly #registrations = new Map<string, RegistrationReport>();

  constructor(
    private readonly secrets: SecretNames,
    private readonly log: (line: string) => void = () => {},
  ) {}

  setPassword(change: SipPasswordChange): SipPasswordStatus {
    const name = sipPasswordSecret(change.accountId);
    if (change.password === null || change.password === '') this.secrets.delete(name);
    else this.secrets.set(name, change.password);
    return this.passwordStatus(change.accountId);
  }

  passwordStatus(accountId: string): SipPasswordStatus {
    return { accountId, stored: this.secrets.has(sipPasswordSecret(accountId)) };
  }

  credentials(accountId: string): SipCredentials {
    return { accountId, password: this.secrets.get(sipPasswordSecret(accountId)) ?? null };
  }

  report(report: RegistrationReport): void {
    const previous = this.#registrations.get(report.accountId);
    this.#registrations.set(report.accountId, report);
    if (previous?.status !== report.status) {
      const why = report.failure ? ` (${report.failure.text})` : '';
      this.log(`sip account ${report.accountId}: ${report.status}${why}`);
    }
  }

  registrations(): RegistrationReport[] {
    return [...this.#registrations.values()];
  }

  /** Drops the passwords and states of accounts no longer in the settings. */
  forgetRemoved(settings: Settings): void {
    const kept = new Set(settings.sip.accounts.map((a) => a.id));
    for (const name of this.secrets.names('sip:')) {
      const id = /^sip:(.+):password$/.exec(name)?.[1];
      if (id !== undefined && !kept.has(id)) this.secrets.delete(name);
    }
    for (const id of this.#registrations.keys()) if (!kept.has(id)) this.#registrations.delete(id);
  }
}
