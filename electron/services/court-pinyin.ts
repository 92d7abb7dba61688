import { pinyin } from 'pinyin-pro';

/**
 * Pinyin initials of a court's name for search (北京市朝阳区人民法院 → "bjscyqrmfy"), in context so
 * that polyphonic characters read as in place names (长春 → cc, 重庆 → cq). Used by the directory
 * generator for the bundled courts and by the court service for courts the user adds or renames.
 */
export function courtInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}
