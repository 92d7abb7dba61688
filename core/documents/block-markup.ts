import { DossierError } from '../errors';
import type { Block } from './document-model';

/**
 * The small line-based markup templates render to, parsed into the document model:
 *
 *   # 标题            title              | a | b |   table row (first row of a run is the header)
 *   ## 小标题         heading            @ 具状人：…  signature line (consecutive lines form one block)
 *   正文              indented paragraph  < 文字      paragraph without indent, left-aligned
 *   > 文字            right-aligned       ---        page break
 *   + (before any of the paragraph forms)  keep this paragraph on the same page as the next block
 *
 * Values filled in by the template arrive wrapped in the private-use markers below, so a value
 * can never start a markup line or split a table cell: injected text stays text.
 */

/** Marks the start and end of a filled-in value in rendered template text. */
export const valueStart = '\uE000';
export const valueEnd = '\uE001';

/** Wraps a value so the markup parser treats it as literal text. */
export function protectValue(value: string): string {
  return valueStart + value.replace(/[\uE000\uE001]/g, '').replace(/\s*[\r\n]+\s*/g, ' ') + valueEnd;
}

function literal(text: string): string {
  return text.replaceAll(valueStart, '').replaceAll(valueEnd, '').trim();
}

/** Splits a table row on `|` outside protected values. */
function tableCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of line.trim().slice(1)) {
    if (ch === valueStart) depth++;
    else if (ch === valueEnd) depth = Math.max(0, depth - 1);
    if (ch === '|' && depth === 0) {
      cells.push(literal(current));
      current = '';
    } else current += ch;
  }
  if (literal(current) !== '') cells.push(literal(current));
  return cells;
}

/** Parses rendered template text into blocks; a ragged table is an error naming its line. */
export function parseBlockMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    let line = raw.trim();
    if (line === '') return;
    const keepWithNext = line.startsWith('+ ');
    if (keepWithNext) line = line.slice(2).trim();
    const keep = keepWithNext ? { keepWithNext: true } : {};
    const previous = blocks.at(-1);
    if (line.startsWith('|')) {
      const cells = tableCells(line);
      if (previous?.kind === 'table') {
        if (cells.length !== previous.header.length) {
          throw new DossierError('template-error', {
            zh: `模板第 ${index + 1} 行：表格列数（${cells.length}）与表头（${previous.header.length}）不一致`,
            en: `Template line ${index + 1}: the row has ${cells.length} cells, the header ${previous.header.length}`,
          });
        }
        previous.rows.push(cells);
      } else blocks.push({ kind: 'table', header: cells, rows: [] });
    } else if (line.startsWith('## ')) blocks.push({ kind: 'heading', text: literal(line.slice(3)) });
    else if (line.startsWith('# ')) blocks.push({ kind: 'title', text: literal(line.slice(2)) });
    else if (line === '---') blocks.push({ kind: 'page-break' });
    else if (line.startsWith('@ ')) {
      if (previous?.kind === 'signature') previous.lines.push(literal(line.slice(2)));
      else blocks.push({ kind: 'signature', lines: [literal(line.slice(2))] });
    } else if (line.startsWith('< ')) blocks.push({ kind: 'paragraph', text: literal(line.slice(2)), indent: false, align: 'left', ...keep });
    else if (line.startsWith('> ')) blocks.push({ kind: 'paragraph', text: literal(line.slice(2)), indent: false, align: 'right', ...keep });
    else blocks.push({ kind: 'paragraph', text: literal(line), indent: true, align: 'justify', ...keep });
  });
  return blocks;
}
