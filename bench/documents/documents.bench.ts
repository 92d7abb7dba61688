/**
 * Complaint documents for 200 fictional cases (issue 5): the narrative complaint (民事起诉状, three pages)
 * as DOCX and as PDF, the PDF with its harfbuzz font subset made per document (by the persistent subsetter,
 * harfbuzz-subsetter.ts, and by subset-font, which reloads the font each call) and once per batch. Prints
 * the median, p90 and the per-document / per-batch ratio of each, for the whole render and its parts.
 * Goals (issue 5): PDF ≤ 10 ms and DOCX ≤ 8 ms per document, in-process on one core. The DOCX is written
 * by the `docx` package (DESIGN.md); a one-paragraph document shows the part of its time that is docx's
 * fixed cost per file (theme, numbering, settings … formatted and deflated every time). A baseline — the
 * straightforward pdf-lib renderer (baseline-pdf.ts) — runs in the same process, so the ratios hold on
 * any machine even when the absolute figures move with its load.
 * Run: npm run bench (or: npx tsx bench/documents/documents.bench.ts [--documents=N]).
 */
import { performance } from 'node:perf_hooks';
import type { Case } from '../../core/case/case-model';
import { luhnCheckDigit } from '../../core/case/card-number';
import { residentIdCheckCharacter } from '../../core/case/resident-id';
import { buildFilingData } from '../../core/documents/filing-data';
import { charactersUsed } from '../../core/documents/pdf-layout';
import { prepareSubset } from '../../core/documents/pdf-fonts';
import { renderDocx } from '../../core/documents/render-docx';
import { renderPdf } from '../../core/documents/render-pdf';
import { renderTemplate } from '../../core/documents/template-engine';
import type { DocumentModel } from '../../core/documents/document-model';
import { demoAgent, demoPlaintiff } from '../../electron/services/demo-data';
import { loadDocumentFonts } from '../../electron/services/document-fonts';
import { defaultTemplatesDir } from '../../electron/services/open-services';
import { createTemplateStore } from '../../electron/services/template-store';
import { baselinePdf } from './baseline-pdf';

// `npm run bench -- 10000` sizes the dashboard bench; this one takes --documents=N (default 200).
const caseCount = Number(process.argv.find((a) => a.startsWith('--documents='))?.slice('--documents='.length) ?? 200);
const surnames = '李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文䶮';
const given = ['晓梅', '建国', '文静', '志强', '丽华', '海燕', '俊杰', '秀英', '明辉', '雪芳', '国庆', '春燕'];
const districts = ['五华区', '盘龙区', '官渡区', '西山区', '呈贡区', '晋宁区'];

/** A fictional case; identifiers carry valid check characters. */
function fictionalCase(i: number): Case {
  const birth = `19${70 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const idFirst17 = `530102${birth.replace(/-/g, '')}${String(100 + (i % 800)).padStart(3, '0')}`;
  const cardFirst15 = `6225880${String(10_000_000 + i * 7919).slice(-8)}`;
  const district = districts[i % districts.length]!;
  return {
    id: i + 1, plaintiffId: 1, agentId: 1,
    defendant: {
      name: `${surnames[i % surnames.length]}${given[i % given.length]}`, sex: i % 2 === 0 ? 'female' : 'male', ethnicity: '汉族', birthDate: birth,
      residentId: idFirst17 + residentIdCheckCharacter(idFirst17), registeredAddress: `云南省昆明市${district}某某路${i + 1}号${(i % 9) + 1}幢${(i % 30) + 101}室`,
      habitualResidence: i % 3 === 0 ? `云南省昆明市${districts[(i + 1) % districts.length]}春城路${i + 7}号` : '', phone: `139${String(10_000_000 + i).slice(-8)}`,
      employer: i % 4 === 0 ? '' : `昆明某某${['贸易', '科技', '餐饮', '物流'][i % 4]}有限公司`,
    },
    card: { cardNumber: cardFirst15 + luhnCheckDigit(cardFirst15), agreementDate: `20${15 + (i % 8)}-0${(i % 9) + 1}-15`, issuingBranch: '云岭银行股份有限公司信用卡中心', creditLimitFen: 5_000_000 + (i % 10) * 1_000_000, firstDefaultDate: '2025-06-20' },
    claim: { asOfDate: '2026-10-31', principalFen: 2_000_000 + i * 13_579, interestFen: 300_000 + i * 1_234, penaltyFen: 50_000 + (i % 7) * 1_000, feesFen: (i % 5) * 5_000 },
    courtName: `昆明市${district}人民法院`, status: 'draft', createdAt: '', updatedAt: '',
  };
}

/** Times `run` once per item; returns each duration in ms. */
async function time<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await run(item);
    durations.push(performance.now() - start);
  }
  return durations;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const fmt = (ms: number) => `${ms.toFixed(2).padStart(7)} ms`;
function report(label: string, values: readonly number[]): number {
  const median = quantile(values, 0.5);
  console.log(`${label.padEnd(44)} median ${fmt(median)}   p90 ${fmt(quantile(values, 0.9))}`);
  return median;
}

const fonts = await loadDocumentFonts();
const template = createTemplateStore(defaultTemplatesDir()).load('complaint');
const plaintiff = { id: 1, ...demoPlaintiff };
const agent = { id: 1, ...demoAgent };
const cases = Array.from({ length: caseCount }, (_, i) => fictionalCase(i));
const createdAt = new Date('2026-11-28T02:00:00Z');

// Warm-up: the font file is read and parsed once per process, as in the app.
const warm = await renderTemplate(template, buildFilingData({ case: cases[0]!, plaintiff, agent, filingDate: '2026-11-28' }), 'warm');
for (let i = 0; i < 5; i++) {
  await renderPdf(warm, fonts, { createdAt });
  await renderDocx(warm);
}

console.log(`Complaint (民事起诉状) for ${caseCount} fictional cases, Node ${process.version}, one core\n`);
const models: DocumentModel[] = [];
const fill = await time(cases, async (c) => {
  models.push(await renderTemplate(template, buildFilingData({ case: c, plaintiff, agent, filingDate: '2026-11-28' }), 'bench'));
});
const pageCounts = new Set<number>();
const perDocument = await time(models, async (model) => {
  const bytes = await renderPdf(model, fonts, { createdAt });
  pageCounts.add((Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length);
});
// The same documents through subset-font (the whole font loaded into harfbuzz on every call), as before issue 5's fix.
const viaSubsetFont = { regular: fonts.regular };
const perDocumentSubsetFont = await time(models, (model) => renderPdf(model, viaSubsetFont, { createdAt }));
const subsetStart = performance.now();
const allCharacters = new Set(models.flatMap((m) => [...charactersUsed(m).regular, ...charactersUsed(m).bold]));
const batchSubset = await prepareSubset(fonts.regular, allCharacters, fonts.subsetter);
const batchSubsetMs = performance.now() - subsetStart;
const perBatch = await time(models, (model) => renderPdf(model, fonts, { createdAt, subset: batchSubset }));
const subsetOnly = await time(models.slice(0, 50), async (model) => {
  const used = charactersUsed(model);
  await prepareSubset(fonts.regular, [...used.regular, ...used.bold], fonts.subsetter);
});
const subsetOnlySubsetFont = await time(models.slice(0, 50), async (model) => {
  const used = charactersUsed(model);
  await prepareSubset(fonts.regular, [...used.regular, ...used.bold]);
});
const docx = await time(models, (model) => renderDocx(model));
const oneLine: DocumentModel = { title: '说明', meta: { templateId: 'bench', templateVersion: '1', dataHash: 'h' }, blocks: [{ kind: 'title', text: '说明' }] };
const docxFixed = await time(models, () => renderDocx(oneLine));
const baseline = await time(models.slice(0, 50), (model) => baselinePdf(model, fonts));

report('template fill (FilingData + liquid + markup)', fill);
const docMedian = report('PDF, font subset per document', perDocument);
report('  of which: harfbuzz subset alone', subsetOnly);
const subsetFontMedian = report('PDF, subset per document via subset-font', perDocumentSubsetFont);
report('  of which: subset-font subset alone', subsetOnlySubsetFont);
const batchMedian = report('PDF, one font subset per batch', perBatch);
console.log(`${'  batch subset, made once'.padEnd(44)}        ${fmt(batchSubsetMs)}   (${allCharacters.size} characters)`);
report('DOCX (docx package)', docx);
report('  one-paragraph DOCX: docx\'s fixed cost', docxFixed);
const baselineMedian = report('baseline: pdf-lib drawText, subset per doc', baseline);
console.log(`\nratio per-document / per-batch PDF (median): ${(docMedian / batchMedian).toFixed(2)}`);
console.log(`subset-font / persistent harfbuzz, PDF per document (median): ${(subsetFontMedian / docMedian).toFixed(2)}×`);
// The machine's speed cancels out of these two: both sides ran in this process, on the same documents.
console.log(`baseline / PDF per document: ${(baselineMedian / docMedian).toFixed(2)}×   baseline / PDF per batch: ${(baselineMedian / batchMedian).toFixed(2)}×`);
console.log(`pages per complaint: ${[...pageCounts].sort().join(', ')}`);
console.log('goals: PDF ≤ 10 ms, DOCX ≤ 8 ms per document (issue 5)');
