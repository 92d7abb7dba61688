/**
 * The bundle's own pages — cover (封面), index (证据目录), one divider (隔页) per exhibit and a cover for
 * each later volume — composed as DocumentModels and laid out by the document pipeline's pdf-layout
 * (CJK line breaking, tables with repeated header rows), so they read like Dossier's other filings.
 *
 * The index (CPL 124(4): evidence and its source; domain.md §8) lists number, name, source, what it
 * proves, page range and a short SHA-256 of the stored file. Its columns have fixed widths and the page
 * column is wide enough for any range on one line, so the index has as many pages before the sources
 * are read (ranges unknown) as after: the page numbers of everything behind it depend on that.
 */
import { chineseDate } from '../calendar/chinese-date';
import type { DocumentModel } from '../documents/document-model';
import { charactersUsed, layoutDocument } from '../documents/pdf-layout';
import type { LaidOutPage } from '../documents/pdf-layout';
import type { Metrics } from '../documents/pdf-line';
import type { BundleHeader } from './bundle-model';
import type { BundleText } from './bundle-text';
import { pdfNumber } from './pdf-object-writer';
import { chineseNumeral, pageRangeText, volumeLabel } from './exhibit-label';

/** What the front pages say about one exhibit; `range` is null while the sources are not read yet. */
export type IndexEntry = { label: string; title: string; source: string; proves: string; sha256: string; fileName: string; range: { first: number; last: number } | null };

/** A volume's page range, for the cover. */
export type VolumeSpan = { volume: number; firstPage: number; lastPage: number };

/** Index columns: 编号, 证据名称, 证据来源, 证明内容, 页码, SHA-256 (前16位). */
export const INDEX_COLUMNS = [0.12, 0.2, 0.12, 0.28, 0.14, 0.14];
/** The widest range the page column must hold on one line. */
const PLACEHOLDER_RANGE = '99999–99999';
const META = { templateId: 'evidence-bundle', templateVersion: '1', dataHash: '' };

function partiesLine(header: BundleHeader): string {
  return `原告：${header.plaintiff}　被告：${header.defendant}${header.courtCaseNumber ? `　案号：${header.courtCaseNumber}` : ''}`;
}

/** The SHA-256 as the index prints it: the first 16 hex digits in two groups (the full value is in the metadata). */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 8)} ${sha256.slice(8, 16)}`;
}

/** The cover of the bundle (volume 1). */
export function coverModel(header: BundleHeader, totals: { exhibits: number; pages: number; volumes: VolumeSpan[] }): DocumentModel {
  const line = (text: string) => ({ kind: 'paragraph' as const, text, indent: false, align: 'left' as const });
  const volumes = totals.volumes.length > 1
    ? [line(`分册：共${chineseNumeral(totals.volumes.length)}册`), ...totals.volumes.map((v) => line(`　　${volumeLabel(v.volume)}　第 ${pageRangeText(v.firstPage, v.lastPage)} 页`))]
    : [];
  return {
    title: '证据材料', meta: META,
    blocks: [
      { kind: 'title', text: '证据材料' },
      line(''),
      ...(header.courtCaseNumber ? [line(`案号：${header.courtCaseNumber}`)] : []),
      line(`案由：${header.cause}`),
      line(`原告：${header.plaintiff}`),
      line(`被告：${header.defendant}`),
      line(`受理法院：${header.court || '（待定）'}`),
      line(`提交人：${header.submittedBy}`),
      line(`提交日期：${chineseDate(header.date)}`),
      line(''),
      line(`证据共 ${totals.exhibits} 份，本汇编共 ${totals.pages} 页（含封面、证据目录及各证据隔页），页码连续编排。`),
      ...volumes,
    ],
  };
}

/** The index (证据目录). */
export function indexModel(header: BundleHeader, entries: readonly IndexEntry[]): DocumentModel {
  return {
    title: '证据目录', meta: META,
    blocks: [
      { kind: 'title', text: '证据目录' },
      { kind: 'paragraph', text: partiesLine(header), indent: false, align: 'left' },
      {
        kind: 'table',
        header: ['编号', '证据名称', '证据来源', '证明内容', '页码', 'SHA-256（前16位）'],
        rows: entries.map((e) => [e.label, e.title, e.source, e.proves, e.range ? pageRangeText(e.range.first, e.range.last) : PLACEHOLDER_RANGE, shortHash(e.sha256)]),
        columnWidths: INDEX_COLUMNS,
      },
      { kind: 'paragraph', text: '注：页码为本汇编连续页码（不含隔页）；SHA-256 为所附原始电子文件的哈希值，完整值见各证据隔页及本 PDF 文档属性（元数据），可用于核对文件未被改动。', indent: false, align: 'justify' },
    ],
  };
}

/** The divider (隔页) in front of an exhibit. */
export function dividerModel(entry: IndexEntry, count: number): DocumentModel {
  const line = (text: string) => ({ kind: 'paragraph' as const, text, indent: false, align: 'left' as const });
  return {
    title: entry.label, meta: META,
    blocks: [
      line(''), line(''), line(''),
      { kind: 'title', text: entry.label },
      { kind: 'title', text: entry.title },
      line(''),
      line(`证据来源：${entry.source || '—'}`),
      line(`证明内容：${entry.proves || '—'}`),
      line(`页码：${entry.range ? `第 ${pageRangeText(entry.range.first, entry.range.last)} 页` : PLACEHOLDER_RANGE}，共 ${count} 页`),
      line(`原始文件：${entry.fileName}`),
      line(`SHA-256：${entry.sha256}`),
    ],
  };
}

/** The cover of volume `volume` (2 and later). */
export function volumeCoverModel(header: BundleHeader, volume: number, count: number, span: VolumeSpan, exhibits: readonly string[]): DocumentModel {
  const line = (text: string) => ({ kind: 'paragraph' as const, text, indent: false, align: 'left' as const });
  return {
    title: `证据材料（${volumeLabel(volume)}）`, meta: META,
    blocks: [
      { kind: 'title', text: '证据材料' },
      { kind: 'title', text: `（${volumeLabel(volume)}，共${chineseNumeral(count)}册）` },
      line(''),
      line(partiesLine(header)),
      line(`本册页码：第 ${pageRangeText(span.firstPage, span.lastPage)} 页`),
      line(`本册证据：${exhibits.length > 1 ? `${exhibits[0]}至${exhibits.at(-1)}` : (exhibits[0] ?? '')}`),
      line('证据目录见第一册。'),
    ],
  };
}

/** Lays a model out into pages (the document pipeline's layout). */
export function layOut(model: DocumentModel, metrics: Metrics): LaidOutPage[] {
  return layoutDocument(model, metrics);
}

/** Per-character advance widths at size 1, for the document layout. */
export function fontMetrics(text: BundleText): Metrics {
  return (ch) => text.charWidth(ch);
}

/** Operators drawing a laid-out page: text (bold stroked, as render-pdf does), table rules and fills. */
export function laidOutOperators(laidOut: LaidOutPage, text: BundleText): string {
  const ops: string[] = [];
  for (const item of laidOut.items) {
    if (item.kind === 'text') ops.push(text.show(item.text, item.x, item.y, item.size, item.font === 'bold'));
    else if (item.kind === 'fill') ops.push(`${pdfNumber(item.grey)} g ${[item.x, item.y, item.width, item.height].map(pdfNumber).join(' ')} re f`);
    else ops.push(`0 G ${pdfNumber(item.thickness)} w ${pdfNumber(item.x1)} ${pdfNumber(item.y1)} m ${pdfNumber(item.x2)} ${pdfNumber(item.y2)} l S`);
  }
  return ops.join('\n');
}

/** Every character the front pages can use: their texts laid out with placeholders, plus digits and numerals. */
export function frontCharacters(header: BundleHeader, entries: readonly IndexEntry[]): Set<string> {
  const volumes = [{ volume: 1, firstPage: 1, lastPage: 2 }, { volume: 2, firstPage: 3, lastPage: 4 }];
  const models = [
    coverModel(header, { exhibits: entries.length, pages: 0, volumes }),
    indexModel(header, entries),
    volumeCoverModel(header, 2, 2, volumes[1]!, entries.map((e) => e.label)),
    ...entries.map((e) => dividerModel(e, 1)),
  ];
  const chars = new Set<string>('0123456789–—零一二三四五六七八九十百千');
  for (const model of models) {
    const used = charactersUsed(model);
    for (const ch of [...used.regular, ...used.bold]) chars.add(ch);
  }
  return chars;
}
