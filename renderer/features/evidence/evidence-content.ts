import type { EvidenceContent } from '../../../core/evidence/evidence-operations';
import { call } from '../../api';
import { base64ToBytes } from './file-base64';

/** Stored files already fetched, by item id: a file never changes once stored, so they can be kept. */
const cache = new Map<number, Promise<{ content: EvidenceContent; bytes: Uint8Array }>>();

/** The stored bytes of an evidence item (fetched once per session). */
export function evidenceBytes(itemId: number): Promise<{ content: EvidenceContent; bytes: Uint8Array }> {
  let entry = cache.get(itemId);
  if (!entry) {
    entry = call('evidence:content', { id: itemId }).then((result) => {
      if (!result.ok) {
        cache.delete(itemId);
        throw new Error(result.error.message.zh + ' / ' + result.error.message.en);
      }
      return { content: result.value, bytes: base64ToBytes(result.value.contentBase64) };
    });
    cache.set(itemId, entry);
  }
  return entry;
}
