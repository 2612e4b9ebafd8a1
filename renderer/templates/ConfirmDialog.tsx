// A modal question with a dangerous answer (native <dialog>: focus stays
// inside, Escape cancels).
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby={id} onCancel={onCancel}>
      <p id={id}>{message}</p>
      <div className="editor-actions">
        <button type="button" className="destructive solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" autoFocus onClick={onCancel}>
          {t('templates.cancel')}
        </button>
      </div>
    </dialog>
  );
}
