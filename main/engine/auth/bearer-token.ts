// Bearer token (client credentials, CRM edition and newer Helpdesk editions):
// the token comes from TokenEndPoint without a browser.
import { AuthFailedError } from './auth-provider';
import { TokenAuth, requestToken } from './token-auth';
import type { TokenSet } from './token-auth';

/**
 * Bearer token (client credentials): TokenEndPoint is asked again every
 * TokenRefreshInterval seconds and after a rejection. When the template has a
 * RefreshTokenEndPoint and the helpdesk handed out a refresh token, that
 * endpoint is asked first (refresh grant); if it refuses, the client
 * credentials still get a new token from TokenEndPoint.
 */
export class BearerTokenAuth extends TokenAuth {
  readonly method = 'bearertoken';

  async connect(): Promise<void> {
    this.forget();
    this.store(await this.#clientCredentials());
  }

  #clientCredentials(): Promise<TokenSet> {
    return requestToken(this.context, { grant_type: 'client_credentials' });
  }

  protected async renew(current: TokenSet | undefined): Promise<TokenSet> {
    const refreshToken = current?.refreshToken;
    if (this.context.spec.refreshTokenEndPoint === undefined || refreshToken === undefined) return this.#clientCredentials();
    try {
      return await requestToken(this.context, { grant_type: 'refresh_token', refresh_token: refreshToken }, {}, 'RefreshTokenEndPoint');
    } catch (error) {
      if (!(error instanceof AuthFailedError)) throw error;
      return this.#clientCredentials();
    }
  }
}
