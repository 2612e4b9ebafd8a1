// OAuth2 authorization code with PKCE (S256) in the system browser, redirect
// to a loopback listener on 127.0.0.1, then the refresh-token grant whenever
// the access token expires or the helpdesk rejects it.
import { AuthFailedError } from './auth-provider';
import { problem } from '../../../shared/i18n/problem';
import { listenForRedirect } from './loopback';
import { pkcePair, randomUrlSafe } from './pkce';
import { TokenAuth, refreshEndpointName, requestToken } from './token-auth';
import type { TokenSet } from './token-auth';
import { renderText } from '../template-text';

export class OAuth2Auth extends TokenAuth {
  readonly method = 'oauth2';


  /** The consent URL: AuthEndPoint plus the OAuth parameters it does not already carry. */
  authorizationUrl(redirectUri: string, state: string, challenge: string): string {
    const spec = this.context.spec;
    if (spec.authEndPoint === undefined) throw new AuthFailedError(problem('signIn.noEndpoint', { endpoint: 'AuthEndPoint' }));
    const vars = { ...this.context.fields(), redirect_uri: redirectUri };
    const url = new URL(renderText(spec.authEndPoint, vars, { escape: 'url' }));
    const set = (name: string, value: string) => {
      if (!url.searchParams.has(name)) url.searchParams.set(name, value);
    };
    set('response_type', 'code');
    set('redirect_uri', redirectUri);
    set('state', state);
    set('code_challenge', challenge);
    set('code_challenge_method', 'S256');
    if (spec.scope !== undefined) set('scope', spec.scope);
    if (spec.additionalQueryString !== undefined) {
      const extra = new URLSearchParams(renderText(spec.additionalQueryString, vars, { escape: 'url' }).replace(/^[?&]/, ''));
      for (const [name, value] of extra) url.searchParams.set(name, value);
    }
    return url.href;
  }

  async connect(): Promise<void> {
    const open = this.context.openExternal;
    if (open === undefined) throw new AuthFailedError(problem('signIn.noBrowser'));
    const state = randomUrlSafe(16);
    const { verifier, challenge } = pkcePair();
    const redirect = await listenForRedirect(state, this.context.consentTimeoutMs ?? 5 * 60_000, this.context.redirectPort?.() ?? 0);
    try {
      await open(this.authorizationUrl(redirect.redirectUri, state, challenge));
      const code = await redirect.code;
      const tokens = await requestToken(
        this.context,
        { grant_type: 'authorization_code', code, redirect_uri: redirect.redirectUri, code_verifier: verifier },
        { redirect_uri: redirect.redirectUri },
      );
      this.forget();
      this.store(tokens);
    } catch (error) {
      if (error instanceof AuthFailedError) throw error;
      throw new AuthFailedError(this.context.redactor.redactProblem(problem('signIn.oauth2Failed', { detail: error instanceof Error ? error.message : String(error) })));
    } finally {
      redirect.close();
    }
  }

  protected async renew(current: TokenSet | undefined): Promise<TokenSet> {
    const refreshToken = current?.refreshToken ?? this.context.vault.get(this.name('refresh_token'));
    if (refreshToken === undefined) throw new AuthFailedError(problem('signIn.expiredNoRefreshToken'));
    return requestToken(this.context, { grant_type: 'refresh_token', refresh_token: refreshToken }, {}, refreshEndpointName(this.context));
  }
}
