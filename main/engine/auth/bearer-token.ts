// Bearer token (client credentials, CRM edition and newer Helpdesk editions):
// the token comes from TokenEndPoint without a browser.
import { TokenAuth, requestToken } from './token-auth';
import type { TokenSet } from './token-auth';

/** Bearer token (client credentials): TokenEndPoint is asked again every TokenRefreshInterval seconds and after a rejection. */
export class BearerTokenAuth extends TokenAuth {
  readonly method = 'bearertoken';


  async connect(): Promise<void> {
    this.store(await this.renew());
  }

  protected async renew(): Promise<TokenSet> {
    return requestToken(this.context, { grant_type: 'client_credentials' });
  }
}
