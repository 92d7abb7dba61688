import { describe, expect, it } from 'vitest';
import { breakLines, breakTextLines, NO_LINE_END, NO_LINE_START } from '../../../core/documents/cjk-line-break';
import { DossierError } from '../../../core/errors';
import { LONG_PARAGRAPH } from '../../support/sample-document';

// A monospaced stand-in for the font: full-width (CJK, full-width punctuation, curly quotes) 1, ASCII 0.5.
const measure = (s: string): number => {
  let width = 0;
  for (const ch of s) width += ch.codePointAt(0)! < 0x2000 && ch !== '·' ? 0.5 : 1;
  return width;
};
const visible = (line: string): string => line.replace(/[ \t]+$/, '');

const TEXTS = [
  LONG_PARAGRAPH,
  '原告中国工商银行股份有限公司（以下简称“原告”）与被告张䶮信用卡纠纷一案，被告尚欠人民币12,345.67元。请求判令：被告偿还欠款！是否属实？“是的。”《合同》【附件】……完毕·结束。利率为24%，见第3条）。',
  'The Bank of China Ltd. (BOC) sued; amount: 12,345.67, card 6222 0212 3456 7890, rate 0.05%. Done!',
];

describe('breakLines', () => {
  for (const text of TEXTS) {
    // From 4 up every unbreakable run of the texts fits a line (the longest is 件】……), so the rules can always hold.
    for (const width of [4, 5, 7, 10, 13, 18, 25, 36.85]) {
      it(`keeps the typesetting rules at width ${width} for “${text.slice(0, 12)}…”`, () => {
        const lines = breakLines(text, width, measure);
        expect(lines.join('')).toBe(text);
        expect(lines.length).toBeGreaterThan(1);
        lines.forEach((line, i) => {
          expect(measure(visible(line)), `line ${i} “${line}” too wide`).toBeLessThanOrEqual(width + 1e-9);
          expect(line.length).toBeGreaterThan(0);
          expect(NO_LINE_START.has(line[0]!), `line ${i} starts with “${line[0]}”`).toBe(false);
          if (i < lines.length - 1) {
            const last = Array.from(visible(line)).pop()!;
            expect(NO_LINE_END.has(last), `line ${i} ends with “${last}”`).toBe(false);
          }
          // Lines never start with the space that ended the previous one.
          expect(line.startsWith(' ')).toBe(false);
        });
      });
    }
  }

  it('still fits every line when a punctuation chain is wider than the line (width 3)', () => {
    for (const text of TEXTS) {
      const lines = breakLines(text, 3, measure);
      expect(lines.join('')).toBe(text);
      lines.forEach((line) => expect(measure(visible(line))).toBeLessThanOrEqual(3));
    }
  });

  it('never splits numbers and Latin words that fit on a line', () => {
    for (const text of TEXTS) {
      const tokens = text.match(/[A-Za-z0-9][A-Za-z0-9,.%]*[A-Za-z0-9%]/g) ?? [];
      expect(tokens.length).toBeGreaterThan(0);
      for (const width of [13, 18, 25, 36.85]) {
        const lines = breakLines(text, width, measure);
        for (const token of tokens) {
          expect(lines.some((line) => line.includes(token)), `“${token}” split at width ${width}: ${JSON.stringify(lines)}`).toBe(true);
        }
      }
    }
  });

  it('keeps 12,345.67 and the 19-digit card number whole in the sample paragraph at the PDF measure', () => {
    const lines = breakLines(LONG_PARAGRAPH, 36.85, measure);
    expect(lines.some((l) => l.includes('12,345.67'))).toBe(true);
    expect(lines.some((l) => l.includes('6222021234567890123'))).toBe(true);
    expect(lines.some((l) => l.includes('1,234.56'))).toBe(true);
  });

  it('pulls the preceding character down instead of starting a line with closing punctuation', () => {
    // 一二三四五 fills width 5 exactly; the 。 may not start line 2, so 五 goes down with it.
    expect(breakLines('一二三四五。六七', 5, measure)).toEqual(['一二三四', '五。六七']);
    expect(breakLines('一二三四五”六七', 5, measure)[0]).not.toMatch(/五$/);
    expect(breakLines('一二三四五）》，六', 5, measure)).toEqual(['一二三四', '五）》，六']);
    expect(breakLines('一二三四五……六', 5, measure)).toEqual(['一二三四', '五……六']);
  });

  it('keeps the middle dot of a transliterated name off a line start, where UAX #14 alone would break', () => {
    // U+00B7 is class AI in UAX #14, so a break before it is allowed there; GB/T 15834 forbids it.
    expect(breakLines('被告阿卜杜·热合曼', 5, measure)).toEqual(['被告阿卜', '杜·热合曼']);
  });

  it('never leaves opening punctuation at a line end', () => {
    expect(breakLines('一二三四《五六》', 5, measure)).toEqual(['一二三四', '《五六》']);
    expect(breakLines('一二三四（五）', 5, measure)).toEqual(['一二三四', '（五）']);
    expect(breakLines('一二三四【五】', 5, measure)).toEqual(['一二三四', '【五】']);
  });

  it('moves a whole Latin word or number to the next line', () => {
    expect(breakLines('Bank of China Limited', 6, measure).map(visible)).toEqual(['Bank of', 'China', 'Limited']);
    expect(breakLines('欠款人民币12,345.67元', 6, measure)).toEqual(['欠款人民币', '12,345.67元']);
  });

  it('splits a word only when it is longer than a line, filling the current line first', () => {
    const lines = breakLines('卡号6222021234567890123', 4, measure);
    expect(lines.join('')).toBe('卡号6222021234567890123');
    expect(lines[0]).toBe('卡号6222');
    lines.forEach((line) => expect(measure(line)).toBeLessThanOrEqual(4));
  });

  it('honours explicit newlines and marks hard line ends', () => {
    expect(breakLines('第一行\n\n第三行\r\n第四行', 10, measure)).toEqual(['第一行', '', '第三行', '第四行']);
    const lines = breakTextLines('一二三四五六\n七八', { maxWidth: 4, measure });
    expect(lines).toEqual([
      { text: '一二三四', hard: false },
      { text: '五六', hard: true },
      { text: '七八', hard: true },
    ]);
  });

  it('gives the first line its own width (first-line indent)', () => {
    const lines = breakTextLines('一二三四五六七八九十', { maxWidth: 6, firstLineWidth: 4, measure }).map((l) => l.text);
    expect(lines).toEqual(['一二三四', '五六七八九十']);
    // Even when the first unit is wider than the indented first line but not than the others.
    const word = breakTextLines('ABCDEFGHIJ', { maxWidth: 6, firstLineWidth: 4, measure }).map((l) => l.text);
    expect(word).toEqual(['ABCDEFGH', 'IJ']);
  });

  it('returns one empty line for empty text and rejects a non-positive width', () => {
    expect(breakLines('', 10, measure)).toEqual(['']);
    expect(() => breakLines('一', 0, measure)).toThrow(DossierError);
    expect(() => breakLines('一', Number.NaN, measure)).toThrow(DossierError);
  });

  it('is fast enough for long filings', () => {
    const text = LONG_PARAGRAPH.repeat(100); // ~20,000 characters
    const start = performance.now();
    const lines = breakLines(text, 36.85, measure);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(lines.join('')).toBe(text);
  });
});
