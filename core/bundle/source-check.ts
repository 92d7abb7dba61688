/**
 * The bundle's own checks of a source file, run when the file is added to a case so that what intake accepts the
 * bundle can carry: a PDF is parsed and its page tree walked exactly as the bundle does (encrypted, damaged, over
 * the page limit, a /Count the tree does not hold: refused in the bundle's words), an image's header is read and
 * its pixels counted against the bundle's limit. Nothing is decoded beyond what those checks need.
 */
import type { BundleOptions } from './bundle-model';
import { defaultBundleOptions } from './bundle-model';
import { checkedImageFacts } from './source-image';
import { openSourcePdf, portableInflate } from './source-pdf';
import type { Inflate } from './source-pdf';

/** The limits the check applies: the bundle's defaults unless a caller passes its own. */
export type SourceLimits = Pick<BundleOptions, 'maxSourcePages' | 'maxImagePixels'>;

/** Checks `bytes` of `fileName` as the bundle will; returns its page count, or throws the bundle's error naming the file. */
export async function checkBundleSource(
  bytes: Uint8Array, fileName: string, mediaType: 'pdf' | 'jpeg' | 'png',
  inflate: Inflate = portableInflate, limits: SourceLimits = defaultBundleOptions,
): Promise<{ pageCount: number }> {
  // No label yet: the file gets its place (证据三) only in a bundle.
  const exhibit = { label: '', fileName };
  if (mediaType !== 'pdf') {
    checkedImageFacts(bytes, exhibit, limits.maxImagePixels);
    return { pageCount: 1 };
  }
  const source = await openSourcePdf(bytes, exhibit, limits.maxSourcePages, inflate);
  return { pageCount: source.pages.length };
}
