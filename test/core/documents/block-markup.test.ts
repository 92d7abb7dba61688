import { describe, expect, it } from 'vitest';
import { parseBlockMarkup, protectValue } from '../../../core/documents/block-markup';
import { DossierError } from '../../../core/errors';

describe('parseBlockMarkup', () => {
  it('turns each markup form into its block', () => {
    const blocks = parseBlockMarkup(
      ['# 民事起诉状', '< 原告：某银行', '## 诉讼请求', '一、判令被告偿还本金；', '> 右对齐', '| 序号 | 名称 |', '| 1 | 申请表 |', '---', '+ 此致', '+ < 某人民法院', '@ 具状人：某银行', '@ 2026年11月28日'].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'title', text: '民事起诉状' },
      { kind: 'paragraph', text: '原告：某银行', indent: false, align: 'left' },
      { kind: 'heading', text: '诉讼请求' },
      { kind: 'paragraph', text: '一、判令被告偿还本金；', indent: true, align: 'justify' },
      { kind: 'paragraph', text: '右对齐', indent: false, align: 'right' },
      { kind: 'table', header: ['序号', '名称'], rows: [['1', '申请表']] },
      { kind: 'page-break' },
      { kind: 'paragraph', text: '此致', indent: true, align: 'justify', keepWithNext: true },
      { kind: 'paragraph', text: '某人民法院', indent: false, align: 'left', keepWithNext: true },
      { kind: 'signature', lines: ['具状人：某银行', '2026年11月28日'] },
    ]);
  });

  it('keeps a filled-in value literal: it cannot start markup, split a cell or break a line', () => {
    const hostile = protectValue('# 伪造标题\n| x | y |');
    const blocks = parseBlockMarkup(`${hostile}\n| 名称 | 内容 |\n| ${protectValue('a|b')} | ${protectValue('@ 落款')} |`);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '# 伪造标题 | x | y |', indent: true, align: 'justify' });
    expect(blocks[1]).toEqual({ kind: 'table', header: ['名称', '内容'], rows: [['a|b', '@ 落款']] });
  });

  it('names the template line of a ragged table row', () => {
    expect(() => parseBlockMarkup('| a | b |\n| 1 |')).toThrow(DossierError);
    expect(() => parseBlockMarkup('| a | b |\n| 1 |')).toThrow(/line 2/);
  });
});
