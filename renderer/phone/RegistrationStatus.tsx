import type { RegistrationReport } from '../../shared/sip/registration';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';

export function describeRegistration(t: Translate, report: RegistrationReport | undefined): string {
  if (!report) return t('registration.unregistered');
  if (report.status !== 'failed') return t(`registration.${report.status}`);
  const failure = report.failure;
  const detail = failure?.text ?? '';
  const code = failure?.code !== undefined ? String(failure.code) : '';
  const reason = failure ? t(`registration.reason.${failure.kind}`, { code, detail }) : '';
  const retry = report.retryAt !== undefined ? ` ${t('registration.retrying')}` : '';
  return t('registration.failed', { reason }) + retry;
}

/** One account's registration, announced politely to screen readers when it changes. */
export function RegistrationStatus({ report, label }: { report: RegistrationReport | undefined; label: string }) {
  const { t } = useI18n();
  const status = report?.status ?? 'unregistered';
  return (
    <p role="status" aria-label={t('registration.of', { account: label })} className={`registration ${status}`} data-status={status}>
      {describeRegistration(t, report)}
    </p>
  );
}
