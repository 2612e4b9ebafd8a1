// What main shows a person outside the renderer, in English: the tray, the
// desktop notifications, and the command line's own messages. The source of
// the keys; host-zh-CN.ts must have the same.
export const hostEn = {
  'tray.tooltip.registered': 'Ringdesk: ready for calls',
  'tray.tooltip.connecting': 'Ringdesk: connecting to the phone system…',
  'tray.tooltip.failed': 'Ringdesk: not registered ({accounts})',
  'tray.tooltip.offline': 'Ringdesk: no phone account registered',
  'tray.tooltip.doNotDisturb': '{status} — do not disturb',
  'tray.status.registered': 'Registered',
  'tray.status.connecting': 'Connecting…',
  'tray.status.failed': 'Registration failed',
  'tray.status.offline': 'Not registered',
  'tray.show': 'Show Ringdesk',
  'tray.doNotDisturb': 'Do not disturb',
  'tray.quit': 'Quit Ringdesk',
  'notice.incomingCall': 'Incoming call',
  'notice.unknownNumber': 'Unknown number',
  'notice.callerWithNumber': '{caller} ({number})',
  'notice.answer': 'Answer',
  'notice.dialRefused': 'Ringdesk did not dial this link',
  'cli.unreadable': 'cannot read the file ({code})',
  'cli.unknownLanguage': 'unknown language {language}: use en or zh-CN',
} as const;

export type HostKey = keyof typeof hostEn;
export type HostCatalogue = Record<HostKey, string>;
