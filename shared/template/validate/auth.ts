// The AuthMethod scenario's settings.
import { AUTH_METHODS, CREDENTIAL_TYPES } from '../vocabulary';
import { quoted, type ValidationContext } from './context';

export function checkAuth(ctx: ValidationContext): void {
  const r = ctx.report;
  const info = ctx.template.information;
  const auth = ctx.scenarios.get('AuthMethod');
  if (!auth) {
    const t = info.authType;
    if (t !== undefined && t !== '' && t !== 'none') r.error(info.element, `AuthType is ${quoted(t)} but there is no AuthMethod scenario to configure it`, 'AuthType');
    return;
  }
  const methodParam = auth.parameter('AuthMethod');
  const method = methodParam?.value ?? info.authType ?? 'none';
  if (!methodParam) r.warning(auth.element, `AuthMethod scenario has no <Parameter Name="AuthMethod">; using ${quoted(method)}`);
  if (!(AUTH_METHODS as readonly string[]).includes(method)) {
    r.error(methodParam?.element ?? auth.element, `AuthMethod must be one of ${AUTH_METHODS.join(', ')}; found ${quoted(method)}`, methodParam ? 'Value' : undefined);
    return;
  }
  if (info.authType !== undefined && info.authType !== '' && info.authType !== method) {
    r.warning(info.element, `AuthType ${quoted(info.authType)} differs from the AuthMethod parameter ${quoted(method)}; the parameter wins`, 'AuthType');
  }
  const need = (name: string, why: string): void => {
    const p = auth.parameter(name);
    if (!p?.value?.trim()) r.error(p?.element ?? auth.element, `${method} authentication needs ${name} (${why})`, p?.value === undefined ? undefined : 'Value');
  };
  if (method === 'oauth2') {
    need('AuthEndPoint', 'the authorization URL opened in the browser');
    need('TokenEndPoint', 'the URL that returns the access and refresh tokens');
  }
  if (method === 'bearertoken') need('TokenEndPoint', 'the URL that returns the access token');
  if (method === 'basic') {
    need('Base64EncodedCredential', 'e.g. {{.username}}:{{.password}} or {{.api_key}}');
    const type = auth.parameter('CredentialType');
    const value = type?.value;
    if (type && value && !(CREDENTIAL_TYPES as readonly string[]).includes(value)) {
      r.warning(type.element, `CredentialType should be username_password or api_key; found ${quoted(value)}`, 'Value');
    }
  }
  const interval = auth.parameter('TokenRefreshInterval');
  if (interval?.value && !/^\s*[1-9][0-9]*\s*$/.test(interval.value)) {
    r.error(interval.element, `TokenRefreshInterval must be a whole number of seconds; found ${quoted(interval.value)}`, 'Value');
  }
  if (auth.requests.length > 0) r.info(auth.element, 'requests in the AuthMethod scenario are not run by Ringdesk');
}
