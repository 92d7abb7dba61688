// Local typings for `subset-font` (harfbuzz hb-subset compiled to wasm), which ships none.
declare module 'subset-font' {
  /** The options of subset-font this project uses; see the package README for the rest. */
  export type SubsetFontOptions = {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  };

  /** Subsets a font to the code points of `text`. The input must be a Node Buffer: the format sniffing calls Buffer#toString. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Uint8Array>;
}
