import { describe, expect, it } from 'vitest';
import { internalTextIn, internalTextReport } from '../support/internal-text';
import { bilingualSourceStrings, dataFileStrings, uiStrings } from '../support/user-facing-strings';

/** UI keys whose text is about template data paths on purpose: the template editor, where a template's author writes them. */
const templateAuthoring = new Set(['zh-CN tpl.field.required', 'en tpl.field.required']);

describe('no internal text in what a user reads', () => {
  it('the rule file and the bundled data files', () => {
    expect(internalTextReport(dataFileStrings())).toEqual([]);
  });

  it('every UI string, placeholders aside', () => {
    const texts = uiStrings()
      .filter(([key]) => !templateAuthoring.has(key))
      .map(([key, text]): [string, string] => [key, text.replace(/\{[a-zA-Z]+\}/g, '…')]);
    expect(internalTextReport(texts)).toEqual([]);
  });

  it('every message, label and note written in both languages in core and the services', () => {
    expect(internalTextReport(bilingualSourceStrings())).toEqual([]);
  });

  it('the check itself finds each kind of internal text', () => {
    const found = internalTextReport([
      ['a', '见 domain.md §8'], ['b', '各地法院认定不一（[U]）'], ['c', '规则 claim-matches-breakdown 未通过'],
      ['d', '缺少以下信息：court.name'], ['e', '类型：joint-stock'], ['f', '金额 1234500 分'], ['g', 'Amount: 1234500 fen'],
      ['h', '缺少 serviceAddress'],
    ]).map((line) => line.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']));
    expect(internalTextReport([['clean', '2025年8月12日10时30分电话催收，欠款 1,234.50 元；见 demo.sqlite 与 起诉状.pdf；e-mail']])).toEqual([]);
  });

  it('on a rendered page, also finds a one-word enum value standing in Chinese text, and leaves English words alone', () => {
    expect(internalTextIn('阶段：draft', { singleWordCodes: true })).toEqual([{ kind: 'code', match: 'draft' }]);
    expect(internalTextIn('金额格式：yuan', { singleWordCodes: true })).toEqual([{ kind: 'code', match: 'yuan' }]);
    expect(internalTextIn('阶段：draft')).toEqual([]);
    expect(internalTextIn('Stage: draft', { singleWordCodes: true })).toEqual([]);
    expect(internalTextIn('见 起诉状.pdf 与 susong@bank.example.cn', { singleWordCodes: true })).toEqual([]);
    expect(internalTextIn('high-110000', { courtIds: true })).toEqual([{ kind: 'court id', match: 'high-110000' }]);
  });
});
