import { pinyin } from 'pinyin-pro';

/**
 * Pinyin initials of a person's name for search (张伟 → "zw"), with surnames read as surnames so that
 * polyphonic ones come out as people say them (曾 → z, 单 → s, 仇 → q). Letters and digits in the name are
 * kept; everything else is dropped.
 */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive', surname: 'head' })
    .join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}
