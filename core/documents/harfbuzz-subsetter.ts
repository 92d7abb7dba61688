/**
 * A font subsetter that keeps harfbuzz alive between documents (issue 5). subset-font instantiates the
 * harfbuzz wasm once but, on every call, copies the whole 15 MB Noto Serif SC into wasm memory and builds
 * a new face — most of a complaint's PDF time. Here the font is copied in once, its face preprocessed
 * once (hb_subset_preprocess caches the subset accelerators: cmap, glyf, …), and a call only builds the
 * subset input, runs hb_subset_or_fail, copies the result out and frees what it made.
 * Pure: the caller passes the wasm and font bytes (electron/services/document-fonts.ts reads them).
 */
import { DossierError } from '../errors';

/** Subsets the font this subsetter was made for to exactly the characters of `text`; returns TrueType bytes. */
export type FontSubsetter = (text: string) => Promise<Uint8Array>;

/** A persistent harfbuzz subsetter and the size of its wasm memory (it must stay bounded across calls). */
export type HarfbuzzSubsetter = { subset: FontSubsetter; memoryBytes: () => number };

/** The harfbuzz-subset.wasm exports used here (harfbuzzjs's C API, pointers as numbers). */
type HarfbuzzExports = {
  memory: WebAssembly.Memory;
  _initialize: () => void;
  malloc: (size: number) => number;
  hb_blob_create: (data: number, length: number, mode: number, userData: number, destroy: number) => number;
  hb_blob_destroy: (blob: number) => void;
  hb_blob_get_data: (blob: number, length: number) => number;
  hb_blob_get_length: (blob: number) => number;
  hb_face_create: (blob: number, index: number) => number;
  hb_face_destroy: (face: number) => void;
  hb_face_reference_blob: (face: number) => number;
  hb_subset_preprocess: (face: number) => number;
  hb_set_add: (set: number, value: number) => void;
  hb_set_clear: (set: number) => void;
  hb_subset_input_create_or_fail: () => number;
  hb_subset_input_destroy: (input: number) => void;
  hb_subset_input_set: (input: number, setType: number) => number;
  hb_subset_input_unicode_set: (input: number) => number;
  hb_subset_input_get_flags: (input: number) => number;
  hb_subset_input_set_flags: (input: number, flags: number) => void;
  hb_subset_or_fail: (face: number, input: number) => number;
};

// hb-blob.h, hb-subset.h
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/**
 * The options of pdf-fonts.ts's SUBSET_OPTIONS for subset-font, in harfbuzz terms: no layout features
 * kept, no layout closure, these tables dropped (nothing is shaped; see SHAPING_FEATURES there).
 */
export const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG'] as const;

function tag(name: string): number {
  let value = 0;
  for (const ch of name) value = ((value << 8) | ch.charCodeAt(0)) >>> 0;
  return value;
}

function failure(step: string): DossierError {
  return new DossierError('internal', { zh: `字体子集化失败（${step}）`, en: `Font subsetting failed (${step})` });
}

/**
 * Instantiates harfbuzz-subset.wasm from `wasm` and loads the TrueType `font` into it once. The face and
 * the font's copy live as long as the subsetter (for the app: the process, like the font bytes).
 */
export async function createHarfbuzzSubsetter(wasm: Uint8Array<ArrayBuffer>, font: Uint8Array): Promise<HarfbuzzSubsetter> {
  const instance = await WebAssembly.instantiate(await WebAssembly.compile(wasm));
  const hb = instance.exports as unknown as HarfbuzzExports;
  hb._initialize();
  const fontPointer = hb.malloc(font.byteLength);
  if (fontPointer === 0) throw failure('malloc');
  new Uint8Array(hb.memory.buffer).set(font, fontPointer);
  const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const rawFace = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const face = hb.hb_subset_preprocess(rawFace);
  hb.hb_face_destroy(rawFace);
  const dropTables = DROPPED_TABLES.map(tag);

  // Synchronous from input to copy-out: no other call can interleave, so one face serves every call.
  function subsetSync(text: string): Uint8Array {
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw failure('hb_subset_input_create_or_fail');
    let subsetFace = 0;
    try {
      // keepFeatures: [] — the input's default layout features are cleared and none added, as subset-font does.
      hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const table of dropTables) hb.hb_set_add(drop, table);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
      subsetFace = hb.hb_subset_or_fail(face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    if (subsetFace === 0) throw failure('hb_subset_or_fail');
    const result = hb.hb_face_reference_blob(subsetFace);
    try {
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw failure('empty subset');
      // A fresh view: the memory may have grown (and the old buffer detached) while subsetting.
      return new Uint8Array(hb.memory.buffer, offset, length).slice();
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subsetFace);
    }
  }

  return {
    subset: (text) => {
      try {
        return Promise.resolve(subsetSync(text));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    memoryBytes: () => hb.memory.buffer.byteLength,
  };
}
