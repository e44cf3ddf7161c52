/**
 * Draws CSM Guide's toolbar and store icons (public/icon/<size>.png, which WXT puts in the
 * manifest): a blue rounded square with a white check mark, the sidebar's "done" sign. No image
 * library is installed, so the shapes are drawn straight into RGBA pixels (4×4 supersampling for
 * smooth edges) and written as PNG with node's zlib. Run: `npx jiti scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
/** The brand blue of the extension pages (shared.css: white on it has 4.6:1 contrast). */
const BRAND = [0x01, 0x76, 0xd3] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const SAMPLES = 4;

/** Shapes in a unit square (0..1). Rounded square with a small margin, as Chrome's icon grid asks. */
const MARGIN = 1 / 16;
const RADIUS = 0.2;
const insideRoundedSquare = (x: number, y: number): boolean => {
  const lo = MARGIN + RADIUS;
  const hi = 1 - MARGIN - RADIUS;
  const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
  const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
  if (x < MARGIN || x > 1 - MARGIN || y < MARGIN || y > 1 - MARGIN) return false;
  return dx * dx + dy * dy <= RADIUS * RADIUS;
};

/** The check mark: two strokes with round caps. Thicker at small sizes so it survives 16 px. */
const CHECK: Array<[number, number]> = [
  [0.28, 0.52],
  [0.44, 0.68],
  [0.73, 0.34],
];
const distanceToSegment = (px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
};
const onCheck = (x: number, y: number, width: number): boolean =>
  distanceToSegment(x, y, CHECK[0]!, CHECK[1]!) <= width / 2 || distanceToSegment(x, y, CHECK[1]!, CHECK[2]!) <= width / 2;

/** RGBA pixels of one icon, premultiplied coverage turned back into straight alpha. */
const draw = (size: number): Buffer => {
  const stroke = size <= 16 ? 0.16 : size <= 32 ? 0.13 : 0.11;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = onCheck(x, y, stroke) ? WHITE : BRAND;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      const at = (py * size + px) * 4;
      if (a) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
      }
      pixels[at + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  return pixels;
};

// ---- PNG writing (RFC 2083): signature, IHDR, one IDAT, IEND; each chunk with its CRC-32. ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
/** Buffer.concat typed for this TypeScript and @types/node pair (Buffer vs Uint8Array<ArrayBufferLike>). */
const concat = (parts: Buffer[]): Buffer => Buffer.concat(parts as unknown as Uint8Array[]);
const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(concat([head.subarray(4), data])), 0);
  return concat([head, data, crc]);
};
export const encodePng = (size: number, rgba: Buffer): Buffer => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw as unknown as Uint8Array, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(dir, `${size}.png`);
  writeFileSync(file, encodePng(size, draw(size)) as unknown as Uint8Array);
  console.log(`wrote ${path.relative(root, file)}`);
}
