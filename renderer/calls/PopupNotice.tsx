// The automatic contact popup: opened in the system browser by the desktop
// app; under the browser host main cannot open a browser, so the page shows
// a prominent link the agent clicks (a page may not open tabs by itself),
// until the agent has opened the page (from it or the card's own button).
import { useI18n } from '../i18n/i18n';
import type { DeskCall } from './call-board';
import { useAppInfo } from './desk-hooks';
import { markPopupFollowed, usePopupFollowed } from './popup-followed';

export function PopupNotice({ call }: { call: DeskCall }) {
  const { t } = useI18n();
  const info = useAppInfo();
  const url = call.update?.popupUrl;
  const followed = usePopupFollowed(call.sipCallId);
  if (url === undefined || info === undefined) return null;
  if (info.host === 'electron') return <p className="hint popup-note">{t('call.popupOpened')}</p>;
  if (followed) return null;
  const name = call.update?.contacts?.find((c) => c.url === url)?.name ?? '';
  return (
    <a className="popup-link" href={url} target="_blank" rel="noopener noreferrer" onClick={() => markPopupFollowed(call.sipCallId)}>
      <span aria-hidden="true">↗</span> {name === '' ? t('call.openContact') : t('call.openContactOf', { name })}
    </a>
  );
}
