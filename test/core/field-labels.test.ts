import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabel, hasFieldLabel } from '../../core/field-labels';
import { DossierError, toErrorPayload } from '../../core/errors';
import { inputChecker } from '../../core/documents/filing-inputs';
import { thrownDossierError } from '../support/thrown-error';
import { inputIssueMessage } from '../../electron/services/input-issue-text';
import { z } from 'zod';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates', 'documents');

describe('field labels', () => {
  it('labels every field a bundled template requires, so a missing-information list never shows a data path', () => {
    const unlabelled: string[] = [];
    for (const id of readdirSync(templatesDir)) {
      const manifest = JSON.parse(readFileSync(join(templatesDir, id, 'manifest.json'), 'utf8')) as { required: string[]; labels?: Record<string, unknown> };
      // A template may word a field its own way (the enforcement application's 申请执行人); otherwise the shared table names it.
      for (const path of manifest.required) if (!manifest.labels?.[path] && !hasFieldLabel(path)) unlabelled.push(`${id}: ${path}`);
    }
    expect(unlabelled).toEqual([]);
  });

  it('numbers a position in a list from one and keeps an unknown path as written', () => {
    expect(fieldLabel('evidence.2.name')).toEqual({ zh: '证据第 3 项的名称', en: 'name of evidence item 3' });
    expect(fieldLabel('court.name').zh).toBe('受诉法院');
    expect(fieldLabel('myTemplate.ownValue').zh).toBe('myTemplate.ownValue');
  });

  it('document input errors name fields by their labels', () => {
    const check = inputChecker();
    check.date('2026-02-30', 'settlement.firstDueDate', null);
    check.amount('', 'serviceAddress.postcode', null);
    const error = thrownDossierError(() => check.finish());
    expect(error.text.zh).toContain('首期还款日：');
    expect(error.text.zh).toContain('送达地址的邮政编码：此项为必填项');
    expect(error.text.zh).not.toMatch(/settlement\.|serviceAddress\./);
    expect(error.location.field).toBe('settlement.firstDueDate');
  });

  it('a malformed operation input names the field by its label and says the problem in words', () => {
    const schema = z.object({ caseId: z.number().int(), values: z.object({ date: z.string().max(10) }) });
    const wrongType = inputIssueMessage(schema.safeParse({ caseId: Number('abc'), values: { date: '2026-01-01' } }).error?.issues[0]);
    expect(wrongType).toEqual({ field: 'caseId', message: { zh: '参数有误：案件编号格式不正确', en: 'Malformed input: case number has the wrong form' } });
    const missing = inputIssueMessage(schema.safeParse({ values: { date: '2026-01-01' } }).error?.issues[0]);
    expect(missing.message.zh).toBe('参数有误：案件编号未填写');
    const tooLong = inputIssueMessage(schema.safeParse({ caseId: 1, values: { date: '2026-01-01T00' } }).error?.issues[0]);
    expect(tooLong.message.zh).toBe('参数有误：日期不能超过 10 个字符');
    expect(tooLong.message.en).not.toMatch(/Invalid|expected|received/);
  });

  it('an error crossing to the UI names each field of its list by label, so a list apart from the form is never empty of meaning', () => {
    const required = { zh: '此项为必填项', en: 'This field is required' };
    const payload = toErrorPayload(new DossierError('missing-fields', { zh: '缺少信息', en: 'Missing' }, { field: 'court.name' }, [
      { field: 'court.name', message: required }, { field: 'myTemplate.ownValue', message: required },
    ]));
    expect(payload.details[0]).toEqual({ field: 'court.name', message: required, label: { zh: '受诉法院', en: 'court addressed' } });
    // A user's own template's path has no label of its own: the issue goes as it came.
    expect(payload.details[1]).toEqual({ field: 'myTemplate.ownValue', message: required });
  });
});
