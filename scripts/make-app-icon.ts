/**
 * Draws the app icon: the character 卷 (volume, case file) in white on a deep-red rounded square,
 * taken as an outline from the bundled Noto Serif SC so the icon needs no system font. Writes
 * build/icon.svg and the 512×512 build/icon.png electron-builder turns into each platform's icon.
 * Run with `npx tsx scripts/make-app-icon.ts`; the outputs are committed.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const size = 512;
const fontPath = join('node_modules', '@expo-google-fonts', 'noto-serif-sc', '700Bold', 'NotoSerifSC_700Bold.ttf');
const font = fontkit.create(readFileSync(fontPath));
const glyph = font.glyphForCodePoint('卷'.codePointAt(0) ?? 0);
const box = glyph.bbox;
// Font units grow upwards; the SVG grows downwards: flip, then centre the glyph at 62% of the tile.
const scale = (size * 0.62) / Math.max(box.maxX - box.minX, box.maxY - box.minY);
const offsetX = (size - (box.maxX - box.minX) * scale) / 2 - box.minX * scale;
const offsetY = (size + (box.maxY - box.minY) * scale) / 2 + box.minY * scale;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect x="16" y="16" width="${size - 32}" height="${size - 32}" rx="96" fill="#8e1c1c"/>
  <rect x="40" y="40" width="${size - 80}" height="${size - 80}" rx="76" fill="none" stroke="#e8c170" stroke-width="6"/>
  <path fill="#ffffff" transform="translate(${offsetX.toFixed(2)} ${offsetY.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.path.toSVG()}"/>
</svg>
`;
writeFileSync(join('build', 'icon.svg'), svg);
await sharp(Buffer.from(svg)).png().toFile(join('build', 'icon.png'));
