// Token methods (oauth2, bearertoken): the token lives in the vault, is sent
// as `Authorization: <TokenType> <token>`, and is replaced by one refresh that
// every waiting request shares. A refresh is skipped when the token the failed
// request used has already been replaced by someone else.
import type { AuthContext, AuthProvider, Authorization } from './auth-provider';
import { AuthFailedError } from './auth-provider';
import { renderText } from '../template-text';
import { jsonDocument } from '../json-path';
import { problem, problemOf } from '../../../shared/i18n/problem';

export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  /** Epoch ms, when the helpdesk said. */
  readonly expiresAt: number | undefined;
  readonly obtainedAt: number;
}

export type TokenEndpointName = 'TokenEndPoint' | 'RefreshTokenEndPoint';

/** The refresh URL: RefreshTokenEndPoint when the template has one, else TokenEndPoint. */
export function refreshEndpointName(context: AuthContext): TokenEndpointName {
  return context.spec.refreshTokenEndPoint === undefined ? 'TokenEndPoint' : 'RefreshTokenEndPoint';
}

/** Posts form parameters to the token (or refresh) endpoint; returns the tokens or throws AuthFailedError naming the cause. */
export async function requestToken(context: AuthContext, params: Record<string, string>, extraVars: Record<string, string> = {}, endpointName: TokenEndpointName = 'TokenEndPoint'): Promise<TokenSet> {
  const endpoint = endpointName === 'TokenEndPoint' ? context.spec.tokenEndPoint : context.spec.refreshTokenEndPoint;
  if (endpoint === undefined) throw new AuthFailedError(problem('signIn.noEndpoint', { endpoint: endpointName }));
  const fields = { ...context.fields(), ...extraVars };
  const url = new URL(renderText(endpoint, fields, { escape: 'url' }));
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (!url.searchParams.has(name)) form.set(name, value);
  for (const name of ['client_id', 'client_secret']) {
    const value = fields[name];
    if (value !== undefined && value !== '' && !url.searchParams.has(name)) form.set(name, value);
  }
  let response;
  try {
    response = await context.http.send({
      method: 'POST',
      url: url.href,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
    });
  } catch (error) {
    throw new AuthFailedError(context.redactor.redactProblem(problem('signIn.endpointUnreachable', { endpoint: endpointName }, problemOf(error))));
  }
  const doc = jsonDocument(response.text);
  if (response.status < 200 || response.status >= 300) {
    const reason = doc.get('error_description').text || doc.get('error').text || `HTTP ${response.status}`;
    throw new AuthFailedError(context.redactor.redactProblem(problem('signIn.endpointRefused', { endpoint: endpointName, status: response.status, detail: reason })));
  }
  const accessToken = doc.get('access_token').text;
  if (accessToken === '') throw new AuthFailedError(problem('signIn.noAccessTokenInReply', { endpoint: endpointName, status: response.status }));
  const refreshToken = doc.get('refresh_token').text || undefined;
  const expiresIn = Number(doc.get('expires_in').text);
  const now = (context.now ?? Date.now)();
  context.redactor.add(accessToken);
  context.redactor.add(refreshToken);
  return { accessToken, refreshToken, expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? now + expiresIn * 1000 : undefined, obtainedAt: now };
}

export abstract class TokenAuth implements AuthProvider {
  abstract readonly method: 'oauth2' | 'bearertoken';
  get refreshable(): boolean {
    return !this.context.spec.noRefresh;
  }
  #refreshing: Promise<void> | undefined;

  constructor(protected readonly context: AuthContext) {
    const stored = this.tokens();
    context.redactor.add(stored?.accessToken);
    context.redactor.add(stored?.refreshToken);
  }

  abstract connect(): Promise<void>;
  /** Obtains a fresh token set (refresh grant or client credentials). */
  protected abstract renew(current: TokenSet | undefined): Promise<TokenSet>;

  protected now(): number {
    return (this.context.now ?? Date.now)();
  }

  protected name(part: string): string {
    return `${this.context.vaultPrefix}${part}`;
  }

  tokens(): TokenSet | undefined {
    const v = this.context.vault;
    const accessToken = v.get(this.name('access_token'));
    if (accessToken === undefined) return undefined;
    const expires = v.get(this.name('token_expires_at'));
    return {
      accessToken,
      refreshToken: v.get(this.name('refresh_token')),
      expiresAt: expires === undefined || expires === '' ? undefined : Number(expires),
      obtainedAt: Number(v.get(this.name('token_obtained_at')) ?? '0'),
    };
  }

  protected store(tokens: TokenSet): void {
    const v = this.context.vault;
    v.set(this.name('access_token'), tokens.accessToken);
    // Some helpdesks send a refresh token only once; keep the old one when none comes back.
    if (tokens.refreshToken !== undefined) v.set(this.name('refresh_token'), tokens.refreshToken);
    v.set(this.name('token_expires_at'), tokens.expiresAt === undefined ? '' : String(tokens.expiresAt));
    v.set(this.name('token_obtained_at'), String(tokens.obtainedAt));
  }

  forget(): void {
    for (const part of ['access_token', 'refresh_token', 'token_expires_at', 'token_obtained_at']) this.context.vault.delete(this.name(part));
  }

  /** True when the token should be replaced before use (expired, or older than TokenRefreshInterval); never when the template says tokens do not expire. */
  protected stale(tokens: TokenSet): boolean {
    if (this.context.spec.noRefresh) return false;
    const now = this.now();
    if (tokens.expiresAt !== undefined && tokens.expiresAt - 5_000 <= now) return true;
    const interval = this.context.spec.tokenRefreshInterval;
    return this.method === 'bearertoken' && interval !== undefined && interval > 0 && tokens.obtainedAt + interval * 1000 <= now;
  }

  async authorize(): Promise<Authorization> {
    let tokens = this.tokens();
    if (tokens === undefined && this.context.spec.noRefresh) {
      throw new AuthFailedError(problem('signIn.noTokenNoRefresh'));
    }
    if (tokens === undefined || this.stale(tokens)) {
      await this.refresh(tokens?.accessToken);
      tokens = this.tokens();
    }
    if (tokens === undefined) throw new AuthFailedError(problem('signIn.noToken'));
    const type = this.context.spec.tokenType || 'Bearer';
    return { headers: { Authorization: `${type} ${tokens.accessToken}` }, token: tokens.accessToken, variables: { AccessToken: tokens.accessToken } };
  }

  refresh(staleToken: string | undefined): Promise<void> {
    if (this.context.spec.noRefresh) {
      return Promise.reject(new AuthFailedError(problem('signIn.tokenNeverRefreshed')));
    }
    if (this.#refreshing) return this.#refreshing;
    const current = this.tokens();
    if (current !== undefined && staleToken !== undefined && current.accessToken !== staleToken) return Promise.resolve();
    this.#refreshing = (async () => {
      try {
        this.store(await this.renew(current));
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }
}
