import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appIconPng, encodePng, trayIconPng } from '../../../main/host/icon-image';

/** Decodes our own unfiltered RGBA PNGs back to pixels. */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  return { width, height, pixel: (x, y) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)] };
}

describe('icons drawn in code', () => {
  it('encodes pixels as a PNG that decodes to the same pixels', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 9]);
    const image = decode(encodePng(2, 2, rgba));
    expect([image.pixel(0, 0), image.pixel(1, 0), image.pixel(0, 1), image.pixel(1, 1)]).toEqual([
      [255, 0, 0, 255],
      [0, 255, 0, 128],
      [0, 0, 255, 0],
      [9, 9, 9, 9],
    ]);
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/3 bytes is not 2x2 RGBA/);
  });

  it('colours the tray icon by registration state: green, amber, red, grey', () => {
    const centre = (status: Parameters<typeof trayIconPng>[0]) => decode(trayIconPng(status, 32)).pixel(16, 16);
    expect(centre('registered')).toEqual([22, 163, 74, 255]);
    expect(centre('connecting')).toEqual([217, 119, 6, 255]);
    expect(centre('failed')).toEqual([220, 38, 38, 255]);
    expect(centre('offline')).toEqual([107, 114, 128, 255]);
    // Transparent corners, so it sits on any panel colour.
    expect(decode(trayIconPng('registered', 32)).pixel(0, 0)[3]).toBe(0);
  });

  it('draws the app icon at any size', () => {
    const icon = decode(appIconPng(64));
    expect([icon.width, icon.height]).toEqual([64, 64]);
    expect(icon.pixel(32, 32)).toEqual([255, 255, 255, 255]);
  });
});
