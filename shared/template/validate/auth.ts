// The AuthMethod scenario's settings.
import { lintMessage as lint } from '../../i18n/lint';
import { AUTH_METHODS, CREDENTIAL_TYPES } from '../vocabulary';
import { quoted, type ValidationContext } from './context';

export function checkAuth(ctx: ValidationContext): void {
  const r = ctx.report;
  const info = ctx.template.information;
  const auth = ctx.scenarios.get('AuthMethod');
  if (!auth) {
    const t = info.authType;
    if (t !== undefined && t !== '' && t !== 'none') r.error(info.element, lint('auth.typeWithoutScenario', { type: quoted(t) }), 'AuthType');
    return;
  }
  const methodParam = auth.parameter('AuthMethod');
  const method = methodParam?.value ?? info.authType ?? 'none';
  if (!methodParam) r.warning(auth.element, lint('auth.noMethodParameter', { method: quoted(method) }));
  if (!(AUTH_METHODS as readonly string[]).includes(method)) {
    r.error(methodParam?.element ?? auth.element, lint('auth.badMethod', { methods: AUTH_METHODS.join(', '), found: quoted(method) }), methodParam ? 'Value' : undefined);
    return;
  }
  if (info.authType !== undefined && info.authType !== '' && info.authType !== method) {
    r.warning(info.element, lint('auth.typeDiffers', { type: quoted(info.authType), method: quoted(method) }), 'AuthType');
  }
  const need = (name: string, code: 'auth.needsAuthEndPoint' | 'auth.needsTokenEndPoint' | 'auth.needsBearerTokenEndPoint' | 'auth.needsCredential'): void => {
    const p = auth.parameter(name);
    if (!p?.value?.trim()) r.error(p?.element ?? auth.element, lint(code, { method }), p?.value === undefined ? undefined : 'Value');
  };
  if (method === 'oauth2') {
    need('AuthEndPoint', 'auth.needsAuthEndPoint');
    need('TokenEndPoint', 'auth.needsTokenEndPoint');
  }
  if (method === 'bearertoken') need('TokenEndPoint', 'auth.needsBearerTokenEndPoint');
  if (method === 'basic') {
    need('Base64EncodedCredential', 'auth.needsCredential');
    const type = auth.parameter('CredentialType');
    const value = type?.value;
    if (type && value && !(CREDENTIAL_TYPES as readonly string[]).includes(value)) {
      r.warning(type.element, lint('auth.badCredentialType', { found: quoted(value) }), 'Value');
    }
  }
  const interval = auth.parameter('TokenRefreshInterval');
  if (interval?.value && !/^\s*[1-9][0-9]*\s*$/.test(interval.value)) {
    r.error(interval.element, lint('auth.badRefreshInterval', { found: quoted(interval.value) }), 'Value');
  }
  if (auth.requests.length > 0) r.info(auth.element, lint('auth.requestsIgnored'));
}
