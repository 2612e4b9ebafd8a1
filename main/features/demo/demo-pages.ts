// The demo helpdesk's pages, as a browser shows them: a contact page (what a
// call popup opens) with the tickets and call logs Ringdesk wrote for that
// contact, and an overview of everything. Every value is escaped: contact
// names can come from a caller ID.
import type { DemoContact, DemoHelpdesk, DemoRecord } from './demo-helpdesk';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC',sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
header{background:#0f6e5a;color:#fff;padding:14px 28px;font-weight:700;letter-spacing:.02em}
header span{font-weight:400;opacity:.8;margin-left:8px}
main{max-width:880px;margin:24px auto;padding:0 20px}
.card{background:#fff;border:1px solid #dde2e7;border-radius:10px;padding:18px 22px;margin-bottom:18px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:16px;margin:0 0 10px}
.muted{color:#5b6470}.tag{display:inline-block;background:#e7f3ef;color:#0f6e5a;border-radius:999px;padding:2px 10px;font-size:12px;margin-left:8px;vertical-align:middle}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:14px 0 0}dt{color:#5b6470}dd{margin:0}
ul{padding-left:18px;margin:0}li{margin:6px 0}a{color:#0f6e5a}
`;

function layout(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><header>Demo Helpdesk<span>sample data for trying Ringdesk</span></header><main>${content}</main></body></html>`;
}

function records(list: readonly DemoRecord[], empty: string): string {
  if (list.length === 0) return `<p class="muted">${empty}</p>`;
  return `<ul>${list
    .slice()
    .reverse()
    .map((r) => `<li><strong>#${escapeHtml(r.id)} ${escapeHtml(r.subject)}</strong><br><span class="muted">${escapeHtml(r.description)}</span></li>`)
    .join('')}</ul>`;
}

export function fullName(contact: DemoContact): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}

export function contactPage(desk: DemoHelpdesk, contact: DemoContact): string {
  const mine = (r: DemoRecord) => r.contactId === contact.id;
  return layout(
    `${fullName(contact)} · Demo Helpdesk`,
    `<section class="card"><h1>${escapeHtml(fullName(contact))}<span class="tag">${escapeHtml(contact.type)}</span></h1>
<p class="muted">${escapeHtml([contact.title, contact.company].filter((x) => x !== '').join(' · '))}</p>
<dl><dt>Phone</dt><dd>${escapeHtml(contact.phone)}</dd><dt>Email</dt><dd>${escapeHtml(contact.email || '—')}</dd><dt>Contact id</dt><dd>${escapeHtml(contact.id)}</dd></dl></section>
<section class="card"><h2>Tickets</h2>${records(desk.tickets.filter(mine), 'No tickets yet.')}</section>
<section class="card"><h2>Call log</h2>${records(desk.calls.filter(mine), 'No calls logged yet.')}</section>
<p><a href="/">All contacts</a></p>`,
  );
}

export function overviewPage(desk: DemoHelpdesk): string {
  const rows = desk.contacts
    .map((c) => `<li><a href="/contacts/${escapeHtml(c.id)}">${escapeHtml(fullName(c))}</a> <span class="muted">${escapeHtml(c.company)} · ${escapeHtml(c.phone)}</span></li>`)
    .join('');
  return layout(
    'Demo Helpdesk',
    `<section class="card"><h1>Contacts</h1><ul>${rows}</ul></section>
<section class="card"><h2>Tickets</h2>${records(desk.tickets, 'No tickets yet.')}</section>
<section class="card"><h2>Call log</h2>${records(desk.calls, 'No calls logged yet.')}</section>`,
  );
}
