import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** Twelve keys; `nameKey` makes their accessible names ("Dial 5" before a call, "Send 5" during one). */
export function DialPad({ onDigit, nameKey, label }: { onDigit(digit: string): void; nameKey: MessageKey; label: string }) {
  const { t } = useI18n();
  return (
    <div className="dialpad" role="group" aria-label={label}>
      {KEYS.map((digit) => (
        <button key={digit} type="button" aria-label={t(nameKey, { digit })} onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
    </div>
  );
}
