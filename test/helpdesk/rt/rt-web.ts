// Opens a page of RT's web UI the way an agent's browser would after the
// login form: for checking that a popup URL Ringdesk built is a real page.
export interface RtPage {
  readonly status: number;
  /** The page's <title>, HTML entities decoded for &lt; &gt; &amp; &quot;. */
  readonly title: string;
  readonly html: string;
}

export async function openAsAgent(baseUrl: string, url: string, user: string, password: string): Promise<RtPage> {
  const login = await fetch(`${baseUrl}/NoAuth/Login.html`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user, pass: password }).toString(),
  });
  await login.text();
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('RT_SID_'))
    .join('; ');
  if (cookie === '') throw new Error(`RT login as ${user} at ${baseUrl} set no session cookie (HTTP ${login.status})`);
  const page = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
  const html = await page.text();
  const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { status: page.status, title: title.trim(), html };
}
