// Ringdesk's icons drawn in code: the app icon (for packaging, written to
// main/build-resources/ by write-icons.ts) and the tray icon in one colour per
// registration state, made at run time so no image files need shipping.
// A small PNG encoder (RGBA, no filtering) on node:zlib is all it takes.
import { crc32, deflateSync } from 'node:zlib';
import type { TrayStatus } from '../features/tray-status';

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}x${height} RGBA`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a pixel by a shape, 4x4 supersampled so edges are smooth at small sizes. */
function paint(size: number, layers: readonly { colour: Rgb; inside: (x: number, y: number) => boolean }[]): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          // Shape coordinates run from -1 to 1 across the image.
          const x = ((px + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / samples) / size) * 2 - 1;
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i];
            if (layer !== undefined && layer.inside(x, y)) {
              r += layer.colour[0];
              g += layer.colour[1];
              b += layer.colour[2];
              a += 1;
              break;
            }
          }
        }
      }
      const offset = (py * size + px) * 4;
      const n = samples * samples;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
      }
      rgba[offset + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

const circle = (radius: number) => (x: number, y: number) => x * x + y * y <= radius * radius;
const ring = (outer: number, inner: number) => (x: number, y: number) => {
  const d = x * x + y * y;
  return d <= outer * outer && d >= inner * inner;
};
const roundedSquare = (half: number, corner: number) => (x: number, y: number) => {
  const dx = Math.max(Math.abs(x) - (half - corner), 0);
  const dy = Math.max(Math.abs(y) - (half - corner), 0);
  return Math.abs(x) <= half && Math.abs(y) <= half && dx * dx + dy * dy <= corner * corner;
};

const WHITE: Rgb = [255, 255, 255];
const BRAND: Rgb = [37, 99, 235];

/** The app icon: a white ring and dot (a bell seen from below) on a blue rounded square. */
export function appIconPng(size: number): Buffer {
  return encodePng(
    size,
    size,
    paint(size, [
      { colour: BRAND, inside: roundedSquare(0.92, 0.3) },
      { colour: WHITE, inside: ring(0.6, 0.44) },
      { colour: WHITE, inside: circle(0.2) },
    ]),
  );
}

const STATUS_COLOURS: Record<TrayStatus, Rgb> = {
  registered: [22, 163, 74],
  connecting: [217, 119, 6],
  failed: [220, 38, 38],
  offline: [107, 114, 128],
};

/** The tray icon: the ring in the registration state's colour (green, amber, red, grey). */
export function trayIconPng(status: TrayStatus, size = 32): Buffer {
  const colour = STATUS_COLOURS[status];
  return encodePng(
    size,
    size,
    paint(size, [
      { colour, inside: ring(0.95, 0.62) },
      { colour, inside: circle(0.34) },
    ]),
  );
}
