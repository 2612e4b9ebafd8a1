// The guide's Base64EncodedCredential attribute uses `{{.username:.password}}`
// and `{{.api_key:}}`, which are not Go templates. The auth code rewrites
// them into ordinary templates before parsing; nothing else should.

const credentialAction = /\{\{(-?)\s*(\.[\p{L}_][\p{L}\p{Nd}_]*)\s*:(?!=)\s*(\.[\p{L}_][\p{L}\p{Nd}_]*)?\s*(-?)\}\}/gu;

/** `{{.username:.password}}` → `{{.username}}:{{.password}}`; `{{.api_key:}}` → `{{.api_key}}`. Other text unchanged. */
export function normalizeCredentialFormat(text: string): string {
  return text.replace(credentialAction, (_m, ltrim: string, first: string, second: string | undefined, rtrim: string) => {
    const open = ltrim === '-' ? '{{- ' : '{{';
    const close = rtrim === '-' ? ' -}}' : '}}';
    if (second === undefined) return `${open}${first}${close}`;
    return `${open}${first}}}:{{${second}${close}`;
  });
}
