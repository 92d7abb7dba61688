import type { Bilingual } from '../bilingual';

/** One reason or warning of the advisor: a code the tests and the UI branch on, the text and its legal basis. */
export type Finding = { code: string; text: Bilingual; citation: Bilingual };

/**
 * The codes of findings that state a ground of jurisdiction (a chosen court's stored reasons also hold its
 * warnings): what a filing names as the reason the court is competent. A court chosen by hand outside the
 * candidates has none.
 */
export const groundCodes: readonly string[] = ['forum-clause', 'habitual-one-year', 'domicile', 'place-of-performance', 'internet-court', 'level-intermediate'];

/** The citations the advisor uses (domain.md §1), written once. */
export const citations = {
  cpl22: { zh: '《民事诉讼法》第二十二条', en: 'CPL art. 22' },
  cpl24: { zh: '《民事诉讼法》第二十四条', en: 'CPL art. 24' },
  cpl35: { zh: '《民事诉讼法》第三十五条', en: 'CPL art. 35' },
  cpl36: { zh: '《民事诉讼法》第三十六条', en: 'CPL art. 36' },
  cpl166: { zh: '《民事诉讼法》第一百六十六条', en: 'CPL art. 166' },
  interp3: { zh: '《民诉法解释》第三条', en: 'Interp art. 3' },
  interp4: { zh: '《民诉法解释》第四条', en: 'Interp art. 4' },
  interp18: { zh: '《民诉法解释》第十八条第二款；《民法典》第五百一十一条第（三）项', en: 'Interp art. 18(2); Civil Code art. 511(3)' },
  interp30: { zh: '《民诉法解释》第三十条', en: 'Interp art. 30' },
  interp31: { zh: '《民诉法解释》第三十一条；《民法典》第四百九十六条', en: 'Interp art. 31; Civil Code art. 496' },
  interp52: { zh: '《民诉法解释》第五十二条第（六）项', en: 'Interp art. 52(6)' },
  interp257: { zh: '《民诉法解释》第二百五十七条', en: 'Interp art. 257' },
  internet2: { zh: '《最高人民法院关于互联网法院审理案件若干问题的规定》第二条、第三条', en: 'SPC Internet Courts Provisions arts. 2-3' },
  internet4: { zh: '《最高人民法院关于互联网法院审理案件若干问题的规定》第四条', en: 'SPC Internet Courts Provisions art. 4' },
  financial: { zh: '上海、北京金融法院案件管辖规定第七条；成渝金融法院案件管辖规定第五条', en: 'Shanghai/Beijing Financial Court Provisions art. 7; Chengdu-Chongqing Financial Court Provisions art. 5' },
  level: { zh: '《民事诉讼法》第十八条、第十九条；法发〔2021〕27号', en: 'CPL arts. 18-19; SPC notice Fa Fa [2021] No. 27' },
  appeal: { zh: '《民事诉讼法》第一百七十一条', en: 'CPL art. 171' },
  directory: { zh: '法院名录（可在“法院名录”页修改）', en: 'Court directory (editable on the Court directory page)' },
} satisfies Record<string, Bilingual>;
