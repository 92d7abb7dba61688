/**
 * Decodes a CSV's bytes as they stream. Chinese banks export in GBK or GB18030 as often as in UTF-8, so unless the
 * caller names the encoding it is detected on the first chunk: valid UTF-8 (with or without a byte-order mark) is
 * UTF-8, anything else GB18030, the national standard that contains GBK and also the characters GBK lacks (䶮).
 * iconv-lite decodes; a byte sequence that does not decode becomes U+FFFD, which the CSV reader refuses by row and
 * column, so a wrongly detected or damaged file is never read as mojibake.
 */
import iconv from 'iconv-lite';
import type { TextEncoding } from '../../core/claim/text-table';

/** The encoding actually used to read a file. */
export type UsedEncoding = Exclude<TextEncoding, 'auto'>;

/** How many bytes are looked at to detect the encoding. */
const SAMPLE_BYTES = 64 * 1024;

/** The character iconv-lite puts where bytes do not decode. */
export const UNDECODABLE = '\uFFFD';

function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  try {
    // stream: a multi-byte character cut off at the sample's end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Decodes `chunks` as `encoding` (detected when 'auto'), reporting the encoding used before the first text. */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, encoding: TextEncoding, used: (encoding: UsedEncoding) => void): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = Buffer.concat(head);
  const chosen: UsedEncoding = encoding !== 'auto' ? encoding : isUtf8(sample, ended) ? 'utf-8' : 'gb18030';
  used(chosen);
  const decoder = iconv.getDecoder(chosen);
  yield decoder.write(sample);
  if (!ended) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield decoder.write(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length));
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
