// The auth method a template names, built for one integration.
import type { AuthContext, AuthProvider } from './auth-provider';
import { basicAuth, noAuth } from './basic';
import { BearerTokenAuth } from './bearer-token';
import { OAuth2Auth } from './oauth2';

export function createAuth(context: AuthContext): AuthProvider {
  switch (context.spec.method) {
    case 'none':
      return noAuth();
    case 'basic':
      return basicAuth(context);
    case 'oauth2':
      return new OAuth2Auth(context);
    case 'bearertoken':
      return new BearerTokenAuth(context);
  }
}

export type { AuthContext, AuthProvider, Authorization, TokenVault } from './auth-provider';
export { AuthFailedError } from './auth-provider';
