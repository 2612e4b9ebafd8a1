// Time and duration texts of the call variables. The guide leaves `{{.Time}}`
// as "the PBX system's time format"; Ringdesk writes `yyyy-MM-dd HH:mm:ss` in
// the configured time zone (the system's when none is set), which sorts and
// reads the same everywhere. Durations are whole seconds, rounded down.

/** `yyyy-MM-dd HH:mm:ss` of an epoch-millisecond instant in a time zone (IANA name) or the system zone. */
export function formatCallTime(epochMs: number, timeZone?: string): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''} ${parts.hour ?? ''}:${parts.minute ?? ''}:${parts.second ?? ''}`;
}

export function wholeSeconds(fromMs: number | undefined, toMs: number | undefined): number {
  if (fromMs === undefined || toMs === undefined || toMs <= fromMs) return 0;
  return Math.floor((toMs - fromMs) / 1000);
}

/** `hh:mm:ss`; hours keep counting past 24 (a 25-hour call is `25:00:00`). */
export function clockDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}`;
}

export function unixSeconds(epochMs: number | undefined): string {
  return epochMs === undefined ? '' : String(Math.floor(epochMs / 1000));
}
