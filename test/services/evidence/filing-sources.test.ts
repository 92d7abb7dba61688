/**
 * The case's own records in its filings and the readiness overview: on the demo cases, the complaint lists
 * the case's evidence items; with "amounts from the breakdown" it claims the ledger's figures with the
 * running-interest wording, and the principal then reconciles; readiness:list filters by rule and status.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { pdfText, squash } from '../../support/parse-output';
import { openDemoCaseServices } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const demo = () => openDemoCaseServices(tempDir());

describe('filing sources and the readiness overview', () => {
  it('the complaint claims the breakdown’s figures and running interest when the terms say so', async () => {
    const { handlers, ids, close } = await demo();
    const caseId = ids[2]!;
    expect((await handlers['readiness:check']({ caseId })).findings.map((f) => f.ruleId)).toContain('principal-reconciles');
    const terms = await handlers['claim:get-terms']({ caseId });
    await handlers['claim:save-terms']({ caseId, terms: cardTermsInput.parse({ ...terms, useBreakdownInComplaint: true }) });
    expect((await handlers['readiness:check']({ caseId })).findings.map((f) => f.ruleId)).not.toContain('principal-reconciles');
    const [pdf] = await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['pdf'] });
    const text = squash(pdfText(pdf!.path));
    expect(text).toContain('透支本金人民币19,570.05元');
    expect(text).toContain('以及自2026年11月1日起至实际清偿之日止，以未还透支本金人民币19,570.05元为基数，按日利率0.05%（折合年利率18.25%）计算的利息');
    expect(text).toContain('退回的催收函');
    // The element complaint claims the running interest in the same words, base and rate included.
    const [element] = await handlers['document:generate']({ caseId, templateId: 'complaint-element-2025', formats: ['pdf'] });
    expect(squash(pdfText(element!.path))).toContain('以未还透支本金人民币19,570.05元为基数，按日利率0.05%（折合年利率18.25%）计算的利息');
    close();
  }, 60_000);

  it('lists the power of attorney as the agent’s authority filed with the complaint, not as evidence', async () => {
    const { handlers, ids, close } = await demo();
    const caseId = ids[0]!;
    expect((await handlers['evidence:list']({ caseId })).some((item) => item.kind === 'power-of-attorney')).toBe(true);
    const [pdf] = await handlers['document:generate']({ caseId, templateId: 'evidence-list', formats: ['pdf'] });
    const text = squash(pdfText(pdf!.path));
    expect(text).toContain('信用卡申请表');
    expect(text).not.toContain('授权委托书');
    close();
  }, 60_000);

  it('lists every case’s readiness, filtered by status and by the failing rule', async () => {
    const { handlers, close } = await demo();
    const all = await handlers['readiness:list']({ query: '', onlyNotReady: false, ruleId: '' });
    expect(all.map((r) => [r.defendantName, r.ready]).sort()).toEqual([['李晓梅', true], ['王建国', false], ['䶮文静', false]].sort());
    expect((await handlers['readiness:list']({ query: '', onlyNotReady: true, ruleId: '' })).map((r) => r.defendantName).sort()).toEqual(['王建国', '䶮文静'].sort());
    expect((await handlers['readiness:list']({ query: '', onlyNotReady: false, ruleId: 'key-term-notice' })).map((r) => r.defendantName)).toEqual(['王建国']);
    expect((await handlers['readiness:list']({ query: '大理', onlyNotReady: false, ruleId: '' })).map((r) => r.defendantName)).toEqual(['䶮文静']);
    // The filter's choices are the rule file's own rules, with their titles.
    const ruleFile = JSON.parse(readFileSync(new URL('../../../templates/rules/credit-card.json', import.meta.url), 'utf8')) as { rules: { id: string; title: { zh: string } }[] };
    const rules = await handlers['readiness:rules']({});
    expect(rules.map((r) => r.id)).toEqual(ruleFile.rules.map((r) => r.id));
    expect(rules.find((r) => r.id === 'key-term-notice')!.title.zh).toBe(ruleFile.rules.find((r) => r.id === 'key-term-notice')!.title.zh);
    close();
  }, 60_000);
});
