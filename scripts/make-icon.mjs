// Draws the extension's icon (media/icon.png, 128 × 128): three members in a circle, each linked to
// the other two, on the project's green. Written as a PNG by hand (zlib only), so the build needs no
// image tools:  node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const S = 4; // samples per pixel side, for smooth edges
const BG = [0x2e, 0x7d, 0x5b];
const FG = [0xff, 0xff, 0xff];
const nodes = [0, 1, 2].map((k) => {
  const a = -Math.PI / 2 + (k * 2 * Math.PI) / 3;
  return [64 + 34 * Math.cos(a), 68 + 34 * Math.sin(a)];
});
const segment = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
function shade(x, y) {
  // Rounded square background: 0 outside, 1 inside.
  const r = 26;
  const qx = Math.max(Math.abs(x - 64) - (64 - r), 0);
  const qy = Math.max(Math.abs(y - 64) - (64 - r), 0);
  const inBg = Math.hypot(qx, qy) <= r;
  if (!inBg) return null;
  const onNode = nodes.some(([nx, ny]) => Math.hypot(x - nx, y - ny) <= 15);
  const onLink = [[0, 1], [1, 2], [2, 0]].some(([i, j]) => segment(x, y, nodes[i], nodes[j]) <= 4.5);
  return onNode || onLink ? FG : BG;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++) {
      for (let sx = 0; sx < S; sx++) {
        const c = shade(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
        if (!c) continue;
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        sum[3] += 255;
      }
    }
    const n = S * S;
    const o = y * (N * 4 + 1) + 1 + x * 4;
    const covered = sum[3] / 255;
    raw[o] = covered ? Math.round(sum[0] / covered) : 0;
    raw[o + 1] = covered ? Math.round(sum[1] / covered) : 0;
    raw[o + 2] = covered ? Math.round(sum[2] / covered) : 0;
    raw[o + 3] = Math.round(sum[3] / n);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(N, 0);
header.writeUInt32BE(N, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync('media/icon.png', png);
console.log(`media/icon.png: ${png.length} bytes`);
