import type { Bilingual } from '../bilingual';
import { caseInput } from '../case/case-model';
import type { CaseInputParsed } from '../case/case-model';
import { residentIdFacts, residentIdProblem } from '../case/resident-id';
import { validateCase } from '../case/validate-case';
import { invisibleCharacterProblem } from '../text/invisible-characters';
import { normaliseDate } from '../claim/ledger-import';
import { fieldLabel } from '../field-labels';
import { addFen, amountProblem, formatYuan, MAX_FEN, parseYuan } from '../money/fen';
import { issueProblem } from '../zod-issue-text';
import { fieldOfIntakePath, intakePathOfField } from './import-field-paths';
import type { CaseImportField, CaseImportMapping, ImportProblem } from './import-operations';

/** What every row of one import is checked against: the mapping, today, the plaintiffs by name, the chosen defaults. */
export type ImportRowContext = {
  /** China-time calendar date. */
  today: string;
  mapping: CaseImportMapping;
  /** Plaintiff organisations by their exact name, for a plaintiff column. */
  plaintiffIdByName: ReadonlyMap<string, number>;
  /** The plaintiff of rows whose plaintiff column is empty or names no known plaintiff. */
  defaultPlaintiffId: number | null;
  agentId: number | null;
};

/** A row that passed every intake check, in the intake form's shape, with its case owner ('' when the file has none). */
export type ImportedRow = { row: number; values: CaseInputParsed; owner: string };

/** The outcome of checking one row. */
export type RowCheck = { ok: true; imported: ImportedRow } | { ok: false; problems: ImportProblem[] };

/** Reads a row's cell for a field; undefined when the file has no column for it. */
export type RowCells = (field: CaseImportField) => string | undefined;

/** 性别 as banks write it. */
function sexOf(text: string): 'male' | 'female' | null {
  const t = text.trim().toLowerCase();
  if (['男', '男性', 'male', 'm'].includes(t)) return 'male';
  if (['女', '女性', 'female', 'f'].includes(t)) return 'female';
  return null;
}

/** A date cell in the form intake reads; text that is no recognisable date is kept so intake reports it. */
function dateText(text: string): string {
  return text.trim() === '' ? '' : (normaliseDate(text) ?? text.trim());
}

/** A problem naming the field by its label, in the file's column. */
function problemAt(row: number, context: ImportRowContext, field: CaseImportField, value: string, message: Bilingual): ImportProblem {
  const label = fieldLabel(intakePathOfField[field]);
  return { row, column: context.mapping[field] ?? '', value, message: { zh: `${label.zh}：${message.zh}`, en: `${label.en}: ${message.en}` } };
}

/** The sex and birth date a row states, or those its resident ID encodes (GB 11643) when the file has no such column. */
function sexAndBirth(cells: RowCells, today: string): { sex: 'male' | 'female' | null; birthDate: string } {
  const id = (cells('residentId') ?? '').trim().toUpperCase();
  const fromId = residentIdProblem(id, today) ? null : residentIdFacts(id);
  const sexCell = cells('sex');
  const birthCell = cells('birthDate');
  return {
    sex: sexCell === undefined ? (fromId?.sex ?? null) : sexOf(sexCell),
    birthDate: birthCell === undefined ? (fromId?.birthDate ?? '') : dateText(birthCell),
  };
}

/** The plaintiff of a row: the organisation its plaintiff column names exactly, else the import's chosen plaintiff. */
function plaintiffOf(cells: RowCells, context: ImportRowContext): number | null {
  const name = (cells('plaintiffName') ?? '').trim();
  return context.plaintiffIdByName.get(name) ?? context.defaultPlaintiffId;
}

/** An amount in fen, or null when intake's amount rules refuse the text (the refusal is reported on its own column). */
function fenOf(text: string): number | null {
  try {
    return parseYuan(text);
  } catch {
    return null;
  }
}

/**
 * The claim's parts together may not exceed the largest amount a claim can hold (what the complaint can write
 * in capitals), and a total column must equal principal + interest + penalty + fees, to the fen.
 */
function totalProblem(cells: RowCells): Bilingual | null {
  const parts = (['principal', 'interest', 'penalty', 'fees'] as const).map((f) => fenOf(cells(f) ?? ''));
  const partsRead = parts.every((fen) => fen !== null);
  const sum = partsRead ? addFen(...(parts as number[])) : 0;
  if (sum > MAX_FEN) {
    return {
      zh: `本金、利息、违约金、费用合计 ${formatYuan(sum)} 元，超过可诉请的上限 ${formatYuan(MAX_FEN)} 元`,
      en: `principal, interest, penalty and fees come to ${formatYuan(sum)} yuan, more than the most a claim can hold, ${formatYuan(MAX_FEN)} yuan`,
    };
  }
  const total = cells('total');
  if (total === undefined || total.trim() === '') return null;
  const problem = amountProblem(total);
  if (problem) return problem;
  if (!partsRead) return null;
  const stated = fenOf(total)!;
  if (stated === sum) return null;
  return {
    zh: `${formatYuan(stated)} 元与本金、利息、违约金、费用之和 ${formatYuan(sum)} 元不符`,
    en: `${formatYuan(stated)} yuan does not equal principal, interest, penalty and fees together, ${formatYuan(sum)} yuan`,
  };
}

/**
 * Checks one row of a case export as intake checks a case typed in (validate-case.ts: resident-ID check
 * character, card Luhn, real dates not in the future, amounts of at most two decimals), plus what only an import
 * has: a sex written in words, a total column, a plaintiff named by the file. Every problem names the row, the
 * file's column and the value.
 */
export function checkImportRow(row: number, cells: RowCells, context: ImportRowContext): RowCheck {
  const text = (field: CaseImportField) => cells(field) ?? '';
  const { sex, birthDate } = sexAndBirth(cells, context.today);
  const problems: ImportProblem[] = [];
  const report = (field: CaseImportField, message: Bilingual) => problems.push(problemAt(row, context, field, text(field), message));
  if (sex === null && cells('sex') !== undefined) report('sex', { zh: '应为“男”或“女”', en: 'should be 男 (male) or 女 (female)' });
  const raw = {
    plaintiffId: plaintiffOf(cells, context),
    agentId: context.agentId,
    defendant: {
      name: text('defendantName'), sex: sex ?? 'male', ethnicity: text('ethnicity'), birthDate,
      residentId: text('residentId').trim().toUpperCase(), registeredAddress: text('registeredAddress'),
      habitualResidence: text('habitualResidence'), phone: text('phone'), employer: text('employer'),
    },
    card: {
      cardNumber: text('cardNumber'), agreementDate: dateText(text('agreementDate')), issuingBranch: text('issuingBranch'),
      creditLimit: text('creditLimit'), firstDefaultDate: dateText(text('firstDefaultDate')),
    },
    claim: {
      asOfDate: dateText(text('asOfDate')), principal: text('principal'), interest: text('interest'),
      penalty: text('penalty'), fees: text('fees'),
    },
    courtName: text('courtName'),
    status: 'draft' as const,
  };
  const parsed = caseInput.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIntakePath(issue.path.join('.'));
      if (field) report(field, issueProblem(issue));
    }
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  for (const issue of validateCase(parsed.data, context.today)) {
    const field = fieldOfIntakePath(issue.field);
    // A sex left unreadable is reported once, above; intake would add that it does not match the ID. Sex and
    // birth date read from a bad ID add nothing to the ID's own problem.
    const derived = (field === 'sex' || field === 'birthDate') && cells(field) === undefined;
    if (!field || derived || (field === 'sex' && sex === null) || seen.has(`${field}:${issue.message.zh}`)) continue;
    seen.add(`${field}:${issue.message.zh}`);
    if (field === 'plaintiffName') {
      report(field, { zh: '文件未写明已登记的原告，也未选择原告', en: 'the file names no registered plaintiff and none was chosen' });
    } else report(field, issue.message);
  }
  const total = totalProblem(cells);
  if (total) report(cells('total') === undefined ? 'principal' : 'total', total);
  const owner = text('owner').trim();
  if (owner.length > 60) report('owner', { zh: '不能超过 60 个字符', en: 'may have at most 60 characters' });
  const hidden = invisibleCharacterProblem(owner);
  if (hidden) report('owner', hidden);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, imported: { row, values: parsed.data, owner } };
}
