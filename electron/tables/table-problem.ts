/**
 * The one way the reading layer reports a problem: a DossierError('invalid-input') in Chinese and English that
 * names the file and, where there is one, the row a user sees in Excel or a text editor and the column.
 */
import type { Bilingual } from '../../core/bilingual';
import { DossierError } from '../../core/errors';

/** Excel's letters for a 1-based column number: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Where in the file a problem is: a row, and a column by number (and by header when the header is known). */
export type TablePlace = { row?: number; column?: number; header?: string };

function placeText(place: TablePlace): Bilingual {
  const column = place.column === undefined ? null : place.header ? `“${place.header}”列` : `第 ${columnLetters(place.column)} 列`;
  const columnEn = place.column === undefined ? null : place.header ? `column "${place.header}"` : `column ${columnLetters(place.column)}`;
  if (place.row === undefined) return { zh: column ?? '', en: columnEn ?? '' };
  return { zh: `第 ${place.row} 行${column ?? ''}`, en: columnEn ? `row ${place.row}, ${columnEn}` : `row ${place.row}` };
}

/** An invalid-input error about `fileName` at `place`; the message says what is wrong and, ideally, what to do. */
export function tableProblem(fileName: string, place: TablePlace, message: Bilingual): DossierError {
  const where = placeText(place);
  const field = place.column === undefined ? undefined : (place.header ?? columnLetters(place.column));
  return new DossierError('invalid-input', {
    zh: `文件“${fileName}”${where.zh ? `${where.zh}：` : '：'}${message.zh}`,
    en: `"${fileName}"${where.en ? `, ${where.en}` : ''}: ${message.en}`,
  }, { file: fileName, ...(place.row === undefined ? {} : { row: place.row }), ...(field === undefined ? {} : { field }) });
}
