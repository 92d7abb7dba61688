/**
 * Characters that draw nothing but change what a printed text says or whether its file opens: C0 and C1
 * controls (a control character makes a DOCX that Word refuses to open, since XML 1.0 cannot hold it),
 * bidirectional controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C, which can make a name read backwards),
 * zero-width characters and the soft hyphen. Line breaks and tabs are listed apart: they separate words.
 * One list for every text Dossier prints: evidence titles (cleaned, with the change shown) and the parties'
 * and the card's fields (refused naming the field, since a name or an ID is not Dossier's to rewrite).
 */
import type { Bilingual } from '../bilingual';

const SPACING = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const ONE_INVISIBLE = new RegExp(`${SPACING.source}|${INVISIBLE.source}`, 'gu');
const ANY_INVISIBLE = new RegExp(`${SPACING.source}|${INVISIBLE.source}`, 'u');

/** `text` without invisible characters, line breaks as single spaces, trimmed. */
export function withoutInvisible(text: string): string {
  return text.replace(SPACING, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** The code of one character as a user can look it up: U+202E. */
function codeOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with each invisible character written as its code, [U+202E], so a message can show where it was. */
export function revealInvisible(text: string): string {
  return text.replace(ONE_INVISIBLE, (run) => [...run].map((ch) => `[${codeOf(ch)}]`).join(''));
}

/**
 * Why a one-line field cannot be kept as typed, or null: it holds a line break, a tab or an invisible
 * character, named by its code and shown in place.
 */
export function invisibleCharacterProblem(text: string): Bilingual | null {
  if (!ANY_INVISIBLE.test(text)) return null;
  const codes = [...new Set([...text].filter((ch) => ANY_INVISIBLE.test(ch)).map(codeOf))].join('、');
  const shown = revealInvisible(text);
  return {
    zh: `含有换行、制表符或不可见的控制字符（${codes}）：“${shown}”，请删去后重新输入`,
    en: `Holds a line break, a tab or an invisible control character (${codes.replaceAll('、', ', ')}): "${shown}"; remove it and enter the text again`,
  };
}
