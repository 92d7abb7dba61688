/**
 * The complaint's fact items on the demo cases, through the real database: the generated element complaint prints
 * (read back from the DOCX) what the case's records show (a branch plaintiff, one returned letter, a missing key-term notice left blank), and
 * readiness warns for each blank item with the record that would answer it — the same derivation as the document.
 */
import { describe, expect, it } from 'vitest';
import { elementComplaintInput } from '../../core/documents/document-inputs';
import { docxText, squash } from '../support/parse-output';
import { openDemoCaseServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const demo = () => openDemoCaseServices(tempDir());

const complaintWarnings = async (handlers: Awaited<ReturnType<typeof demo>>['handlers'], caseId: number) =>
  (await handlers['readiness:check']({ caseId })).findings.filter((f) => f.ruleId === 'complaint-items-answered').map((f) => f.message.zh);

describe('complaint items from the demo records', () => {
  it('stores the plaintiff type and licence number, and the demo card centre is a branch', async () => {
    const { handlers, plaintiff, close } = await demo();
    expect(plaintiff).toMatchObject({ organisationType: 'branch', licenceNumber: 'B0000H253010001' });
    const saved = await handlers['organisation:save']({ id: plaintiff.id, values: { ...plaintiff, organisationType: 'joint-stock' } });
    expect((await handlers['organisation:list']({})).find((o) => o.id === saved.id)?.organisationType).toBe('joint-stock');
    close();
  });

  it('prints the one returned letter of case 3 as it happened, ticks 分支机构, and warns only for the declarations', async () => {
    const { handlers, ids, close } = await demo();
    const caseId = ids[2]!;
    const [docx] = await handlers['document:generate']({ caseId, templateId: 'complaint-element-2025', formats: ['docx'] });
    const text = squash(docxText(docx!.path));
    expect(text).toContain('分支机构■');
    expect(text).toContain('原告于2026年3月2日向被告预留的通讯地址寄送催收信函（被退回）');
    expect(text).not.toContain('多次');
    expect(text).toContain('了解□不了解□');
    const warnings = await complaintWarnings(handlers, caseId);
    expect(warnings).toContain('纠纷解决意愿第1项（是否了解调解）：由原告在生成文书时填写');
    expect(warnings.some((w) => w.startsWith('事实和理由第6项'))).toBe(false);
    close();
  });

  it('leaves the key-term notice of case 2 blank and warns which evidence would answer it; entered answers clear the warning', async () => {
    const { handlers, ids, close } = await demo();
    const caseId = ids[1]!;
    const [docx] = await handlers['document:generate']({ caseId, templateId: 'complaint-element-2025', formats: ['docx'] });
    const text = squash(docxText(docx!.path));
    expect(text).toContain('是□提示注意的方式：＿＿＿＿时间：＿＿＿＿');
    expect(await complaintWarnings(handlers, caseId)).toContain('事实和理由第3项（提示说明）：添加附有重要条款提示说明的领用合约证据，并在证据上勾选“附重要条款提示说明”');
    await handlers['document:generate']({
      caseId, templateId: 'complaint-element-2025', formats: ['pdf'],
      inputs: { complaint: elementComplaintInput.parse({ keyTermNoticeGiven: 'no', mediationAware: 'yes', mediationBenefitsAware: 'yes', considerMediation: 'no', forumClause: 'no', preSuitPreservation: 'no' }) },
    });
    const left = await complaintWarnings(handlers, caseId);
    expect(left.some((w) => w.startsWith('事实和理由第3项') || w.startsWith('纠纷解决意愿'))).toBe(false);
    close();
  });
});
