import { DossierError } from '../errors';
import type { Block, TableBlock } from './document-model';

/**
 * The small line-based markup templates render to, parsed into the document model:
 *
 *   # 标题            title              | a | b |   table row (first row of a run is the header)
 *   ## 小标题         heading            |= 文字 |   a row spanning the whole table (a section row);
 *   正文              indented paragraph               a run that begins with one has no header row
 *   < 文字            no indent, left    |% 1 | 3 |  relative column widths of the table
 *   > 文字            right-aligned      @ 具状人：…  signature line (consecutive lines form one block)
 *   ^ 文字            centred            <br>        a line break inside a paragraph or a cell
 *   ---               page break
 *   + (before any of the paragraph forms)  keep this paragraph on the same page as the next block
 *
 * Values filled in by the template arrive wrapped in the private-use markers below, so a value
 * can never start a markup line, split a table cell or insert a line break: injected text stays text.
 */

/** Marks the start and end of a filled-in value in rendered template text. */
export const valueStart = '\uE000';
export const valueEnd = '\uE001';

/** Wraps a value so the markup parser treats it as literal text. */
export function protectValue(value: string): string {
  return valueStart + value.replace(/[\uE000\uE001]/g, '').replace(/\s*[\r\n]+\s*/g, ' ') + valueEnd;
}

const LINE_BREAK = '<br>';

/** The text with markers removed and `<br>` outside values turned into newlines. */
function literal(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === valueStart) depth++;
    else if (ch === valueEnd) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(LINE_BREAK, i)) {
      out += '\n';
      i += LINE_BREAK.length - 1;
    } else out += ch;
  }
  return out.split('\n').map((line) => line.trim()).join('\n').trim();
}

/** Splits a table row on `|` outside protected values; `skip` drops the row marker (`|=`, `|%`). */
function tableCells(line: string, skip: number): string[] {
  const cells: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of line.trim().slice(skip)) {
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

/** A markup error naming the template (when known) and the line of the filled text. */
function templateError(name: string, line: number, zh: string, en: string): DossierError {
  return new DossierError('template-error', { zh: `模板${name ? `《${name}》` : ''}第 ${line} 行：${zh}`, en: `Template${name ? ` "${name}",` : ''} line ${line}: ${en}` });
}

/** Column count of a table so far: its header, or its first full row when it has no header. */
function tableWidth(table: TableBlock): number | null {
  if (table.header.length > 0) return table.header.length;
  return table.rows.find((row) => row.length > 1)?.length ?? null;
}

/** Per-table parsing state: whether the table began with a spanning row (then it has no header). */
type TableState = { headerless: boolean | null };

/** Adds one table line (row, spanning row or widths) to the table being built, or starts one. */
function addTableLine(blocks: Block[], states: WeakMap<TableBlock, TableState>, line: string, lineNumber: number, name: string): void {
  const previous = blocks.at(-1);
  let table: TableBlock;
  if (previous?.kind === 'table') table = previous;
  else {
    table = { kind: 'table', header: [], rows: [] };
    blocks.push(table);
    states.set(table, { headerless: null });
  }
  const state = states.get(table) ?? { headerless: false };
  if (line.startsWith('|%')) {
    const widths = tableCells(line, 2).map(Number);
    if (widths.length === 0 || widths.some((w) => !(w > 0) || !Number.isFinite(w))) {
      throw templateError(name, lineNumber, `列宽须为正数：${line}`, `column widths must be positive numbers: ${line}`);
    }
    table.columnWidths = widths;
    return;
  }
  if (line.startsWith('|=')) {
    state.headerless ??= true;
    table.rows.push([tableCells(line, 2).join(' | ')]);
    return;
  }
  const cells = tableCells(line, 1);
  if (state.headerless === null) {
    state.headerless = false;
    table.header = cells;
    return;
  }
  const width = tableWidth(table);
  if (width !== null && cells.length !== width) {
    throw templateError(name, lineNumber, `表格列数（${cells.length}）与表头（${width}）不一致`, `the row has ${cells.length} cells, the header ${width}`);
  }
  table.rows.push(cells);
}

/** Parses rendered template text into blocks; a ragged table is an error naming the template `name` and the line. */
export function parseBlockMarkup(text: string, name = ''): Block[] {
  const blocks: Block[] = [];
  const states = new WeakMap<TableBlock, TableState>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    let line = raw.trim();
    if (line === '') return;
    const keepWithNext = line.startsWith('+ ');
    if (keepWithNext) line = line.slice(2).trim();
    const keep = keepWithNext ? { keepWithNext: true } : {};
    const previous = blocks.at(-1);
    if (line.startsWith('|')) addTableLine(blocks, states, line, index + 1, name);
    else if (line.startsWith('## ')) blocks.push({ kind: 'heading', text: literal(line.slice(3)) });
    else if (line.startsWith('# ')) blocks.push({ kind: 'title', text: literal(line.slice(2)) });
    else if (line === '---') blocks.push({ kind: 'page-break' });
    else if (line.startsWith('@ ')) {
      if (previous?.kind === 'signature') previous.lines.push(literal(line.slice(2)));
      else blocks.push({ kind: 'signature', lines: [literal(line.slice(2))] });
    } else if (line.startsWith('< ')) blocks.push({ kind: 'paragraph', text: literal(line.slice(2)), indent: false, align: 'left', ...keep });
    else if (line.startsWith('> ')) blocks.push({ kind: 'paragraph', text: literal(line.slice(2)), indent: false, align: 'right', ...keep });
    else if (line.startsWith('^ ')) blocks.push({ kind: 'paragraph', text: literal(line.slice(2)), indent: false, align: 'center', ...keep });
    else blocks.push({ kind: 'paragraph', text: literal(line), indent: true, align: 'justify', ...keep });
  });
  return blocks;
}
