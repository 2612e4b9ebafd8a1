// The guide's call variables, name and meaning, beside the Subject and
// Description fields so the agent writes `{{.Call_From}}` without the manual.
import { CALL_VARIABLES } from '../../shared/template/vocabulary';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';

export function VariableList() {
  const { t } = useI18n();
  return (
    <details className="var-list">
      <summary>{t('features.variables')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('features.variable')}</th>
            <th scope="col">{t('features.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {CALL_VARIABLES.map((name) => (
            <tr key={name}>
              <th scope="row" translate="no">
                <code>{`{{.${name}}}`}</code>
              </th>
              <td>{t(`var.${name}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
