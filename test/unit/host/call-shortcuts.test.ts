import { describe, expect, it } from 'vitest';
import { shortcutBindings } from '../../../main/features/call-shortcuts';
import { applySettingsPatch, defaultSettings, SettingsPatch } from '../../../shared/settings';

describe('global shortcuts for answer and hang up', () => {
  it('binds both defaults', () => {
    expect(shortcutBindings(defaultSettings().desktop.shortcuts)).toEqual({
      bindings: [
        { accelerator: 'CommandOrControl+Alt+A', action: 'answer' },
        { accelerator: 'CommandOrControl+Alt+H', action: 'hangup' },
      ],
      problems: [],
    });
  });

  it('leaves out an empty shortcut and refuses one accelerator for both actions', () => {
    expect(shortcutBindings({ answer: '', hangup: 'Alt+F4' }).bindings).toEqual([{ accelerator: 'Alt+F4', action: 'hangup' }]);
    const both = shortcutBindings({ answer: 'Ctrl+Shift+P', hangup: 'ctrl+shift+p' });
    expect(both.bindings).toEqual([{ accelerator: 'Ctrl+Shift+P', action: 'answer' }]);
    expect(both.problems).toEqual(['shortcut ctrl+shift+p is set for both answer and hangup; only answer uses it']);
  });

  it('accepts a changed shortcut in the settings and refuses a bare key or junk', () => {
    const next = applySettingsPatch(defaultSettings(), SettingsPatch.parse({ desktop: { shortcuts: { answer: 'Super+F9', hangup: '' } } }));
    expect(next.desktop.shortcuts).toEqual({ answer: 'Super+F9', hangup: '' });
    expect(next.desktop.closeToTray).toBe(true);
    for (const answer of ['A', 'Ctrl+', 'Ctrl+Alt', 'Ctrl+Alt+A; rm -rf', 'Hyper+A']) {
      expect(SettingsPatch.safeParse({ desktop: { shortcuts: { answer, hangup: '' } } }).success, answer).toBe(false);
    }
  });

  it('keeps the other desktop settings when one changes', () => {
    const dnd = applySettingsPatch(defaultSettings(), SettingsPatch.parse({ desktop: { doNotDisturb: true } }));
    expect(dnd.desktop).toEqual({ ...defaultSettings().desktop, doNotDisturb: true });
  });
});
