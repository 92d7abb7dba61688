/**
 * Contact records from a CSV or XLSX export of a collection system. Columns are recognised by their
 * Chinese or English header; values such as 电话 / 短信 / 妥投 / 承诺还款 are mapped to the model's
 * words. Every problem names its row; one bad row fails the import (all or nothing).
 */
import type { Bilingual } from '../bilingual';
import { normaliseDate } from '../claim/ledger-import';
import { rowProblems } from '../claim/text-table';
import type { TextTable } from '../claim/text-table';
import { DossierError } from '../errors';
import { issueProblem } from '../zod-issue-text';
import { contactInput } from './contact-model';
import type { ContactValues } from './contact-model';

type Column = 'date' | 'time' | 'occurredAt' | 'channel' | 'party' | 'partyName' | 'address' | 'reserved' | 'outcome' | 'notes'
  | 'deliveryProof' | 'trackingNumber' | 'deliveryStatus' | 'deliveredOn' | 'agency' | 'agencyDisclosed';

const headerWords: [Column, RegExp][] = [
  ['occurredAt', /^(催收时间|联系时间|日期时间|occurred ?at|date ?time)$/i],
  ['deliveredOn', /送达日期|签收日期|妥投日期|delivered ?on/i],
  ['date', /^(日期|催收日期|联系日期|date)$/i],
  ['time', /^(时间|time)$/i],
  ['channel', /方式|渠道|channel/i],
  ['partyName', /联系人姓名|对象姓名|姓名|party ?name/i],
  ['party', /联系对象|对象|party/i],
  ['reserved', /预留|reserved/i],
  ['address', /号码|地址|联系方式|address|phone/i],
  ['outcome', /结果|outcome/i],
  ['deliveryProof', /凭证|proof/i],
  ['trackingNumber', /单号|运单|邮件号|tracking/i],
  ['deliveryStatus', /送达状态|投递状态|状态|status/i],
  ['agencyDisclosed', /已告知|disclosed/i],
  ['agency', /委外|催收机构|agency/i],
  ['notes', /备注|内容|记录|说明|notes?/i],
];

const valueWords = {
  channel: [['lawyer-letter', /律师函|lawyer/i], ['letter', /信函|函件|邮寄|挂号|letter/i], ['sms', /短信|sms/i], ['email', /邮件|e-?mail/i],
    ['app-message', /app|站内|消息|message/i], ['visit', /上门|外访|visit/i], ['phone', /电话|致电|外呼|phone|call/i]],
  party: [['emergency-contact', /紧急联系人|emergency/i], ['third-party', /第三人|第三方|其他|同事|单位|third/i], ['cardholder', /本人|持卡人|借款人|cardholder|debtor/i]],
  outcome: [['promise-to-pay', /承诺|promise/i], ['partial-payment', /部分还款|partial/i], ['refused', /拒绝|refus/i],
    ['unreachable', /未接|无法|关机|空号|停机|无人|unreach|no answer/i], ['reached', /接通|联系上|已联系|送达|reached|answered/i]],
  deliveryProof: [['signed-receipt', /签收|回执|receipt/i], ['postal-tracking', /邮寄|快递|ems|挂号|tracking/i], ['sms-report', /短信|送达报告|sms/i],
    ['email-log', /邮件|email/i], ['call-recording', /录音|recording/i], ['visit-record', /外访|上门|visit/i], ['none', /无|none|^$/i]],
  deliveryStatus: [['delivered', /妥投|签收|已送达|送达成功|delivered/i], ['returned', /退回|退件|return/i], ['in-transit', /在途|运输|transit/i],
    ['failed', /失败|fail/i], ['unknown', /.*/]],
} as const;

function mapValue<K extends keyof typeof valueWords>(kind: K, text: string): (typeof valueWords)[K][number][0] | null {
  const found = (valueWords[kind] as readonly (readonly [string, RegExp])[]).find(([, pattern]) => pattern.test(text.trim()));
  return (found?.[0] ?? null) as (typeof valueWords)[K][number][0] | null;
}

const yes = (text: string) => /^(是|y|yes|true|1|已告知|√)$/i.test(text.trim());

/** Reads 'YYYY-MM-DD HH:MM' from one cell or a date and a time cell. */
function occurredAt(dateText: string, timeText: string): string | null {
  const date = normaliseDate(dateText);
  const time = /(\d{1,2})[:：](\d{2})/.exec(timeText || dateText.replace(/^\S+\s*/, ''));
  if (!date || !time || Number(time[1]) > 23 || Number(time[2]) > 59) return null;
  return `${date} ${time[1]!.padStart(2, '0')}:${time[2]}`;
}

/** Turns an imported table into contact record values; throws one error listing every bad row. */
export function importContactTable(table: TextTable, fileName: string): ContactValues[] {
  const col = new Map<Column, number>();
  table.headers.forEach((header, index) => {
    const column = headerWords.find(([name, pattern]) => !col.has(name) && pattern.test(header))?.[0];
    if (column) col.set(column, index);
  });
  const missing = (['channel', 'outcome'] as Column[]).filter((c) => !col.has(c));
  if (!col.has('occurredAt') && !col.has('date')) missing.unshift('date');
  if (missing.length > 0) {
    throw new DossierError('invalid-input', {
      zh: `“${fileName}”缺少必需的列：${missing.map((m) => ({ date: '催收时间', channel: '方式', outcome: '结果' } as Record<string, string>)[m]).join('、')}`,
      en: `"${fileName}" lacks required columns: ${missing.join(', ')}`,
    }, { file: fileName });
  }
  const problems = rowProblems(fileName);
  // The file's own header for a record field, so a refused cell is named as the user's sheet names it.
  const headerOf = (field: string) => {
    const column = (field === 'toReservedContact' ? 'reserved' : field) as Column;
    return col.has(column) ? table.headers[col.get(column)!]! : field;
  };
  const values: ContactValues[] = [];
  table.rows.forEach((cells, index) => {
    const row = table.lineNumbers[index]!;
    const cell = (c: Column) => (col.has(c) ? (cells[col.get(c)!] ?? '') : '');
    const problem = (column: string, message: Bilingual) => problems.add(row, column, message);
    const at = col.has('occurredAt') ? occurredAt(cell('occurredAt'), '') : occurredAt(cell('date'), cell('time'));
    if (!at) problem(headerOf(col.has('occurredAt') ? 'occurredAt' : 'date'), { zh: '日期时间无法识别（应为 2026-03-05 14:30）', en: 'date and time cannot be read (use 2026-03-05 14:30)' });
    const channel = mapValue('channel', cell('channel'));
    if (!channel) problem(headerOf('channel'), { zh: `无法识别“${cell('channel')}”`, en: `unknown channel "${cell('channel')}"` });
    const outcome = mapValue('outcome', cell('outcome'));
    if (!outcome) problem(headerOf('outcome'), { zh: `无法识别“${cell('outcome')}”`, en: `unknown outcome "${cell('outcome')}"` });
    const party = cell('party') === '' ? 'cardholder' : mapValue('party', cell('party'));
    if (!party) problem(headerOf('party'), { zh: `无法识别“${cell('party')}”`, en: `unknown party "${cell('party')}"` });
    const deliveredOn = cell('deliveredOn') === '' ? '' : normaliseDate(cell('deliveredOn'));
    if (deliveredOn === null) problem(headerOf('deliveredOn'), { zh: `“${cell('deliveredOn')}”不是有效日期`, en: `"${cell('deliveredOn')}" is not a valid date` });
    if (!at || !channel || !outcome || !party || deliveredOn === null) return;
    const parsed = contactInput.safeParse({
      occurredAt: at, channel, outcome, party, partyName: cell('partyName'), address: cell('address'),
      toReservedContact: yes(cell('reserved')), notes: cell('notes'),
      deliveryProof: mapValue('deliveryProof', cell('deliveryProof')) ?? 'none', trackingNumber: cell('trackingNumber'),
      deliveryStatus: mapValue('deliveryStatus', cell('deliveryStatus')) ?? 'unknown', deliveredOn,
      agency: cell('agency'), agencyDisclosed: yes(cell('agencyDisclosed')),
    });
    if (parsed.success) values.push(parsed.data);
    else for (const issue of parsed.error.issues) problem(headerOf(String(issue.path[0] ?? '')), issueProblem(issue));
  });
  problems.throwIfAny();
  if (values.length === 0) throw new DossierError('invalid-input', { zh: `“${fileName}”中没有催收记录`, en: `"${fileName}" contains no records` }, { file: fileName });
  return values;
}
