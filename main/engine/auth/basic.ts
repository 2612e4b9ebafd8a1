// Basic: `Authorization: Basic base64(<Base64EncodedCredential rendered>)`.
// Both spellings of the credential format are accepted (see spec-from-template).
import { Buffer } from 'node:buffer';
import { problem } from '../../../shared/i18n/problem';
import { renderText } from '../template-text';
import type { AuthContext, AuthProvider, Authorization } from './auth-provider';
import { AuthFailedError } from './auth-provider';

export function basicAuth(context: AuthContext): AuthProvider {
  const format = context.spec.basicCredential ?? '{{.username}}:{{.password}}';
  const basicString = () => {
    const plain = renderText(format, context.fields(), { escape: 'text' });
    const encoded = Buffer.from(plain, 'utf8').toString('base64');
    context.redactor.add(encoded);
    return encoded;
  };
  return {
    method: 'basic',
    refreshable: false,
    async connect() {
      basicString();
    },
    async authorize(): Promise<Authorization> {
      const encoded = basicString();
      return { headers: { Authorization: `Basic ${encoded}` }, token: encoded, variables: { basic_string: encoded } };
    },
    async refresh() {
      throw new AuthFailedError(problem('signIn.basicRefused'));
    },
    forget() {},
  };
}

export function noAuth(): AuthProvider {
  return {
    method: 'none',
    refreshable: false,
    async connect() {},
    async authorize() {
      return { headers: {}, token: undefined, variables: {} };
    },
    async refresh() {
      throw new AuthFailedError(problem('signIn.authNone'));
    },
    forget() {},
  };
}
