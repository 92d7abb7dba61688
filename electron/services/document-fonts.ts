/**
 * Loads the document font (Noto Serif SC Regular, from @expo-google-fonts/noto-serif-sc) and a persistent
 * harfbuzz subsetter over it (harfbuzzjs's harfbuzz-subset.wasm) for core's renderPdf. Node side only:
 * core takes bytes and never touches the file system.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DossierError } from '../../core/errors';
import { createHarfbuzzSubsetter } from '../../core/documents/harfbuzz-subsetter';
import type { PdfFonts } from '../../core/documents/render-pdf';

const FONT_PACKAGE = '@expo-google-fonts/noto-serif-sc';
const FONT_FILES = { regular: '400Regular/NotoSerifSC_400Regular.ttf' } as const;

const HARFBUZZ_WASM = 'harfbuzzjs/dist/harfbuzz-subset.wasm';

// ~15 MB of font (and its copy in harfbuzz's wasm memory) kept for the life of the process: every PDF
// needs it, and loading it again per document was most of a complaint's render time (issue 5).
let cached: Promise<PdfFonts> | null = null;

/** The absolute path of the Regular TTF inside the installed font package. */
export function documentFontPaths(): { regular: string } {
  // The package has no "exports" map, so its package.json resolves and the TTFs sit beside it.
  const root = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  return { regular: join(root, FONT_FILES.regular) };
}

/** Reads the font once and caches it; a failed read is not cached, so a later call retries. */
export function loadDocumentFonts(): Promise<PdfFonts> {
  cached ??= readFonts().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function readFonts(): Promise<PdfFonts> {
  const paths = documentFontPaths();
  const read = async (file: string): Promise<Uint8Array<ArrayBuffer>> => {
    try {
      return await readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DossierError(
        'io-error',
        { zh: `无法读取文书字体：${reason}`, en: `Cannot read the document font: ${reason}` },
        { file },
      );
    }
  };
  const regular = await read(paths.regular);
  const wasm = await read(createRequire(import.meta.url).resolve(HARFBUZZ_WASM));
  const { subset } = await createHarfbuzzSubsetter(wasm, regular);
  return { regular, subsetter: subset };
}
