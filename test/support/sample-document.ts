import type { DocumentModel } from '../../core/documents/document-model';

/** The rare character in the defendant's name: in Noto Serif SC, outside the common 7000. */
export const RARE_NAME = '王䶮';

/** Table header of the sample's transaction table. */
export const TABLE_HEADER = ['序号', '交易日期', '摘要', '金额（元）'];

/** Number of rows of the sample table: enough to continue onto a second page. */
export const TABLE_ROWS = 60;

/** A long paragraph that wraps over several lines and mixes CJK, numbers and closing punctuation. */
export const LONG_PARAGRAPH =
  '被告于2019年3月向原告申领信用卡一张（卡号6222021234567890123），并签署《信用卡领用合约》，约定被告应按期足额偿还透支款项。' +
  '此后被告持卡消费、取现，截至2024年5月31日，尚欠透支本金人民币12,345.67元、利息人民币1,234.56元、滞纳金人民币100.00元，' +
  '合计人民币壹万叁仟陆佰捌拾元贰角叁分。经原告多次催收，被告至今未还。原告认为，被告的行为已构成违约，应承担相应的民事责任；' +
  '为维护原告的合法权益，特依据《中华人民共和国民事诉讼法》第一百二十二条之规定，向贵院提起诉讼，请依法判决。';

/** A document with every block kind, for the renderer tests. */
export function sampleDocument(): DocumentModel {
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => [
    String(i + 1),
    `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    i % 3 === 0 ? '消费（商户：某某超市有限公司第一分店）' : i % 3 === 1 ? '取现' : '利息',
    `${(i + 1) * 100}.${String(i % 100).padStart(2, '0')}`,
  ]);
  return {
    title: '民事起诉状',
    meta: { templateId: 'complaint-credit-card', templateVersion: '1.2.0', dataHash: 'sha256-0123abcd', author: '测试律师' },
    blocks: [
      { kind: 'title', text: '民事起诉状' },
      { kind: 'paragraph', text: '原告：中国某某银行股份有限公司信用卡中心', indent: false, align: 'left' },
      { kind: 'paragraph', text: `被告：${RARE_NAME}，男，1985年6月1日出生，汉族，住北京市朝阳区某某路1号。`, indent: false, align: 'left' },
      { kind: 'heading', text: '诉讼请求' },
      {
        kind: 'paragraph',
        text: '一、判令被告偿还原告信用卡透支本金人民币壹万贰仟叁佰肆拾伍元陆角柒分（¥12,345.67）及相应利息；',
        indent: true,
        align: 'justify',
      },
      { kind: 'paragraph', text: '二、判令被告承担本案诉讼费用。', indent: true, align: 'justify' },
      { kind: 'heading', text: '事实与理由' },
      { kind: 'paragraph', text: LONG_PARAGRAPH, indent: true, align: 'justify' },
      { kind: 'paragraph', text: '被告的交易明细如下：', indent: true, align: 'justify' },
      { kind: 'table', header: TABLE_HEADER, rows, columnWidths: [1, 2, 4, 2] },
      { kind: 'paragraph', text: '此致', indent: true, align: 'left' },
      { kind: 'paragraph', text: '北京市朝阳区人民法院', indent: false, align: 'left' },
      { kind: 'signature', lines: ['具状人：中国某某银行股份有限公司信用卡中心', '2024年6月1日'] },
      { kind: 'page-break' },
      { kind: 'heading', text: '附件' },
      { kind: 'paragraph', text: '1. 起诉状副本1份；\n2. 证据材料1套。', indent: false, align: 'left' },
    ],
  };
}
