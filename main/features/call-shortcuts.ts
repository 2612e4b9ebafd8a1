// The global shortcuts to register for answer and hang up, from the settings.
// Two actions on one accelerator would make one of them unreachable, so the
// second is dropped and reported.
import type { CallShortcuts } from '../../shared/desktop-settings';

export interface ShortcutBinding {
  readonly accelerator: string;
  readonly action: 'answer' | 'hangup';
}

export function shortcutBindings(shortcuts: CallShortcuts): { bindings: ShortcutBinding[]; problems: string[] } {
  const bindings: ShortcutBinding[] = [];
  const problems: string[] = [];
  for (const action of ['answer', 'hangup'] as const) {
    const accelerator = shortcuts[action].trim();
    if (accelerator === '') continue;
    const taken = bindings.find((b) => b.accelerator.toLowerCase() === accelerator.toLowerCase());
    if (taken !== undefined) {
      problems.push(`shortcut ${accelerator} is set for both ${taken.action} and ${action}; only ${taken.action} uses it`);
      continue;
    }
    bindings.push({ accelerator, action });
  }
  return { bindings, problems };
}
