// Where a window reopens: where the user left it, unless that place is no
// longer on any screen (a monitor was unplugged, the resolution changed), in
// which case it is pulled back onto the nearest screen or centred on the
// primary one. Pure geometry, so it is tested without Electron or displays.
import { z } from 'zod';

export const Rectangle = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rectangle = z.infer<typeof Rectangle>;

export const WindowPlacement = z.object({
  bounds: Rectangle,
  maximized: z.boolean().default(false),
});
export type WindowPlacement = z.infer<typeof WindowPlacement>;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** How much of the window's top strip must be on a screen for the user to grab it. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

function overlap(a: Rectangle, b: Rectangle): Rectangle | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

function centred(size: Size, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/** Shrinks the window to fit the area and slides it fully inside. */
function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * The bounds to open a window with.
 * @param saved what was stored last time, if anything
 * @param workAreas each display's work area (without task bars), the primary first
 * @param defaultSize the size for a first run or a lost window
 */
export function placeWindow(saved: WindowPlacement | undefined, workAreas: readonly Rectangle[], defaultSize: Size): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: defaultSize.width, height: defaultSize.height };
  if (saved === undefined) return { bounds: centred(defaultSize, primary), maximized: false };
  const titleStrip: Rectangle = { x: saved.bounds.x, y: saved.bounds.y, width: saved.bounds.width, height: Math.min(GRAB_HEIGHT, saved.bounds.height) };
  let best: { area: Rectangle; visible: number } | undefined;
  for (const area of workAreas) {
    const strip = overlap(titleStrip, area);
    const visible = strip === undefined ? 0 : strip.width * strip.height;
    if (strip !== undefined && strip.width >= Math.min(GRAB_WIDTH, saved.bounds.width) && (best === undefined || visible > best.visible)) {
      best = { area, visible };
    }
  }
  if (best === undefined) return { bounds: centred(saved.bounds, primary), maximized: saved.maximized };
  return { bounds: fitInside(saved.bounds, best.area), maximized: saved.maximized };
}
