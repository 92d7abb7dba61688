/**
 * The evidence bundle (证据材料汇编, GLOSSARY `bundle`): what goes in — the case header and the exhibits in
 * their order, each with its file bytes — and what comes out: one or more PDF volumes and a report of
 * every exhibit's place in them. Core composes bytes only; the service reads the evidence store and
 * writes the files (DESIGN.md "core/bundle").
 */
import type { Bilingual } from '../bilingual';

/** The cover's facts: who sues whom, where, and when the bundle was put together. */
export type BundleHeader = {
  plaintiff: string;
  defendant: string;
  /** 案由, e.g. 信用卡纠纷. */
  cause: string;
  court: string;
  /** 案号 once the court has given one, else ''. */
  courtCaseNumber: string;
  /** 提交人 printed on the cover (the plaintiff, usually). */
  submittedBy: string;
  /** YYYY-MM-DD, China time. */
  date: string;
};

/** File types a bundle can carry: PDF pages, and images placed on A4. */
export const bundleMediaTypes = ['pdf', 'jpeg', 'png'] as const;
export type BundleMediaType = (typeof bundleMediaTypes)[number];

/** The bytes of a source file, or a loader called when the build reaches it (so only one source is in memory). */
export type SourceBytes = Uint8Array | (() => Uint8Array | Promise<Uint8Array>);

/** One exhibit (证据) in bundle order. */
export type BundleExhibit = {
  title: string;
  /** 证据来源 (CPL 124(4): evidence and its source). */
  source: string;
  /** 证明内容 / 证明目的. */
  proves: string;
  /** File name as the user knows it; named in every error about this file. */
  fileName: string;
  /** SHA-256 of the stored file, lowercase hex; printed on the index and recorded in the metadata. */
  sha256: string;
  mediaType: BundleMediaType;
  bytes: SourceBytes;
};

/** An image as a resampler returns it: encoded bytes of the given type and their pixel size. */
export type ResampledImage = { bytes: Uint8Array; mediaType: 'jpeg' | 'png'; width: number; height: number };

/**
 * Downsamples a JPEG or PNG to exactly `maxWidth` × `maxHeight` pixels, in its stored orientation (EXIF is not
 * applied: the page matrix turns it), transparency composited on white. Deterministic for equal input. The
 * service passes a native one (libvips through sharp); without it the build resamples in JavaScript.
 */
export type ImageResampler = (bytes: Uint8Array, mediaType: 'jpeg' | 'png', maxWidth: number, maxHeight: number) => Promise<ResampledImage>;

/** Limits and choices of a build. */
export type BundleOptions = {
  /** Images are downsampled to this resolution at their printed size (dots per inch). */
  maxImageDpi: number;
  /** Start a new volume (册) before a volume would exceed this many pages; null = no limit. */
  maxPagesPerVolume: number | null;
  /** Start a new volume before a volume would exceed this many bytes; null = no limit. */
  maxBytesPerVolume: number | null;
  /** A source file larger than this is refused (oversized). */
  maxSourceBytes: number;
  /** A source PDF with more pages than this is refused (oversized). */
  maxSourcePages: number;
  /** An image with more pixels than this is refused: decoding it would need too much memory. */
  maxImagePixels: number;
  /** Creation date recorded in the metadata (core has no clock). */
  createdAt: Date;
  /** A native image resampler for photos that must be downsampled; absent = the pure-JavaScript one (image-resample.ts). */
  resampleImage?: ImageResampler;
};

/** Defaults: 300 dpi, the resolution scanners and courts print at, keeps a scan untouched and shrinks phone photos. */
export const defaultBundleOptions: Omit<BundleOptions, 'createdAt'> = {
  maxImageDpi: 300,
  maxPagesPerVolume: null,
  maxBytesPerVolume: null,
  maxSourceBytes: 300 * 1024 * 1024,
  maxSourcePages: 5000,
  maxImagePixels: 80_000_000,
};

/** Where one exhibit landed: its divider page and the page range of its own pages. */
export type PlacedExhibit = {
  label: string;
  title: string;
  fileName: string;
  sha256: string;
  volume: number;
  dividerPage: number;
  firstPage: number;
  lastPage: number;
  /** Pages of the source itself (without the divider). */
  pageCount: number;
  /** Whether an image was downsampled to the resolution limit. */
  downsampled: boolean;
};

/** One volume (册) of the bundle. */
export type BundleVolume = { volume: number; firstPage: number; lastPage: number; pageCount: number; sizeBytes: number; exhibits: string[] };

/** What a build reports: totals, volumes, exhibits and anything the user should look at. */
export type BundleReport = {
  pageCount: number;
  sizeBytes: number;
  /** Cover, index and volume-cover pages (the rest are dividers and source pages). */
  frontPages: number;
  indexPages: number;
  volumes: BundleVolume[];
  exhibits: PlacedExhibit[];
  warnings: Bilingual[];
};

/** Receives one volume's bytes in order; the in-memory sink collects them, the service streams to a file. */
export type VolumeSink = { write(chunk: Uint8Array): void; close(): void };

/** Opens the sink of volume `n` (1-based). */
export type BundleSink = (volume: number) => VolumeSink;
