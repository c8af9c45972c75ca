'use strict';
// Real image files, made here: JPEG photos (jpeg-js, a pure JavaScript encoder) and a PNG handwritten signature
// (the PNG format written out with node's zlib), saved as files the way wx.chooseMedia and wx.canvasToTempFilePath
// hand the page a temp path.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const jpeg = require('jpeg-js');

/** A photo-like JPEG: a sky-to-ground gradient with a few shapes placed by `seed`, so no two are the same file. */
function photoJpeg(seed, width = 640, height = 480) {
  const data = Buffer.alloc(width * height * 4);
  const boxes = [0, 1, 2].map((i) => ({
    x: ((seed * 97 + i * 211) % (width - 120)), y: height / 2 + ((seed * 53 + i * 71) % (height / 2 - 80)),
    w: 60 + ((seed + i) % 5) * 12, h: 40 + ((seed * 3 + i) % 4) * 10,
  }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const sky = y < height / 2;
      let r = sky ? 120 + (y * 80) / height : 90 + ((x + seed * 13) % 40);
      let g = sky ? 170 + (y * 60) / height : 110 + ((y + seed * 7) % 30);
      let b = sky ? 230 : 80;
      for (const box of boxes) {
        if (x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h) {
          r = 200; g = 60 + (seed % 5) * 30; b = 40;
        }
      }
      data[i] = r; data[i + 1] = g; data[i + 2] = b; data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 85).data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** RGBA pixels as a PNG file. */
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** What a signature canvas exports: dark strokes of a pen across a white canvas, a different hand for each seed. */
function signaturePng(seed, width = 600, height = 240) {
  const rgba = Buffer.alloc(width * height * 4, 255);
  const ink = (x, y) => {
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const i = (py * width + px) * 4;
        rgba[i] = 20; rgba[i + 1] = 20; rgba[i + 2] = 30; rgba[i + 3] = 255;
      }
    }
  };
  // a flowing line across most of the canvas, with loops like handwriting
  for (let t = 0; t <= 1; t += 0.0005) {
    const x = width * (0.08 + 0.84 * t);
    const y = height * (0.5 + 0.25 * Math.sin(t * (14 + (seed % 5)) * Math.PI) * Math.cos(t * 3 + seed));
    ink(x, y);
  }
  return png(width, height, rgba);
}

/** Writes bytes to `dir/name` and returns the path, as a temp file path from WeChat would be. */
function tempFile(dir, name, bytes) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

module.exports = { photoJpeg, signaturePng, png, tempFile };
