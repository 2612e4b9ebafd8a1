// Subject and Description of CallJournal / CreateNewTicket: the admin's text
// when the template allows customizing it (EnableSubject/EnableDescription),
// else the template's default. They are rendered (plain text) before the
// requests, then exposed as {{.Subject}} / {{.Description}}.
import { problem, ProblemError } from '../../../shared/i18n/problem';
import type { ScenarioSpec } from '../integration-spec';
import { renderText } from '../template-text';
import type { Vars } from '../template-text';

export interface TextOverrides {
  readonly subject?: string | undefined;
  readonly description?: string | undefined;
}

export function scenarioTexts(scenario: ScenarioSpec, overrides: TextOverrides, vars: Vars, timeZone?: string): { Subject: string; Description: string } {
  const pick = (name: 'Subject' | 'Description', override: string | undefined) => {
    const allowed = scenario.settings[`Enable${name}`] !== '0';
    const text = allowed && override !== undefined && override !== '' ? override : (scenario.settings[name] ?? '');
    try {
      return renderText(text, vars, { escape: 'text', timeZone });
    } catch (error) {
      throw new ProblemError(problem('request.render', { where: scenario.id, part: name, detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  return { Subject: pick('Subject', overrides.subject), Description: pick('Description', overrides.description) };
}
