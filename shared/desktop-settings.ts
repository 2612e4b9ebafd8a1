// Settings of the desktop shell (Electron host): tray, do-not-disturb, global
// shortcuts, and the user's answer to "store secrets without a keychain?".
// The browser host keeps them too but has no tray or shortcuts to apply them to.
import { z } from 'zod';

const MODIFIER = '(?:Command|Cmd|Control|Ctrl|CommandOrControl|CmdOrCtrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY =
  '(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|MediaPlayPause|MediaStop|MediaNextTrack|MediaPreviousTrack|[-=,./;\'`\\[\\]\\\\])';

/**
 * An Electron accelerator with at least one modifier (a bare key as a global
 * shortcut would swallow that key in every other app), or '' for none.
 */
export const Accelerator = z
  .string()
  .max(80)
  .regex(new RegExp(`^(?:(?:${MODIFIER}\\+)+${KEY})?$`), 'must be a shortcut such as CommandOrControl+Alt+A (a modifier, +, then a key), or empty for none');

export const CallShortcuts = z.object({
  answer: Accelerator,
  hangup: Accelerator,
});
export type CallShortcuts = z.infer<typeof CallShortcuts>;

export const DesktopSettings = z.object({
  /** Closing the main window while an account is registered hides it to the tray instead of quitting. */
  closeToTray: z.boolean().default(true),
  /** No incoming-call notification and no call window popping up while ringing. */
  doNotDisturb: z.boolean().default(false),
  shortcuts: CallShortcuts.default({ answer: 'CommandOrControl+Alt+A', hangup: 'CommandOrControl+Alt+H' }),
  /**
   * The user agreed to keep secrets encrypted with a local key file because
   * this system offers no keychain to Electron's safeStorage (see `secrets.protection`).
   */
  allowSecretsWithoutKeychain: z.boolean().default(false),
});
export type DesktopSettings = z.infer<typeof DesktopSettings>;

/** A change to some desktop settings; a shortcuts change names both shortcuts. */
export const DesktopSettingsPatch = z
  .object({
    closeToTray: z.boolean().optional(),
    doNotDisturb: z.boolean().optional(),
    shortcuts: CallShortcuts.strict().optional(),
    allowSecretsWithoutKeychain: z.boolean().optional(),
  })
  .strict();
export type DesktopSettingsPatch = z.infer<typeof DesktopSettingsPatch>;
