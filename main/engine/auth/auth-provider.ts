// What an authentication method gives the engine: the headers for a request,
// a shared refresh when the helpdesk says the token is no good, and a connect
// step (the browser consent of OAuth2, the first client-credentials token).
import { ProblemError } from '../../../shared/i18n/problem';
import type { AuthSpec } from '../integration-spec';
import type { HttpClient } from '../http-client';
import type { Redactor } from '../redactor';
import type { Vars } from '../template-text';

export interface Authorization {
  readonly headers: Readonly<Record<string, string>>;
  /** The token these headers carry, so a refresh can tell whether someone already replaced it. */
  readonly token: string | undefined;
  /** Variables the method contributes (`AccessToken`), for templates that place the token themselves. */
  readonly variables: Vars;
}

export interface AuthProvider {
  readonly method: AuthSpec['method'];
  /** Whether this method can obtain a new credential by itself (oauth2, bearertoken). */
  readonly refreshable: boolean;
  connect(): Promise<void>;
  authorize(): Promise<Authorization>;
  /**
   * Gets a new token unless `staleToken` was already replaced; concurrent callers
   * share one refresh. Throws AuthFailedError when no new token can be had.
   */
  refresh(staleToken: string | undefined): Promise<void>;
  /** Forgets stored tokens. */
  forget(): void;
}

/** Where tokens live: the SecretStore (names are not secret, values are). */
export interface TokenVault {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  delete(name: string): void;
}

export interface AuthContext {
  readonly spec: AuthSpec;
  /** The user's connect-time field values (CustomFieldList), secrets included. */
  readonly fields: () => Vars;
  readonly vault: TokenVault;
  /** Prefix of this integration's secret names, e.g. `integration:desk:`. */
  readonly vaultPrefix: string;
  readonly http: HttpClient;
  readonly redactor: Redactor;
  /** Opens a URL in the system browser (OAuth2 consent). */
  readonly openExternal?: ((url: string) => Promise<void> | void) | undefined;
  /** How long to wait for the user to finish the browser consent. */
  readonly consentTimeoutMs?: number | undefined;
  /** OAuth2: the loopback redirect listener's port; 0 or absent = any free port. A fixed one lets the admin register the redirect URI. */
  readonly redirectPort?: (() => number) | undefined;
  readonly now?: (() => number) | undefined;
}

/** The helpdesk will not accept us until someone reconnects; the reason is safe to show. */
export class AuthFailedError extends ProblemError {
  override readonly name = 'AuthFailedError';
}
