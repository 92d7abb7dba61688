/**
 * The case-number guard shared by every event carrying a 案号 or 执行案号 (transitions.ts): the number is
 * parsed and checked by case-numbers.ts against the kind of case the event records and the case's court.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import { caseNumberProblem, normaliseCaseNumber, parseCaseNumber } from './case-numbers';
import type { CaseNumberKind } from './case-numbers';

/** The case's court as the guard knows it: its name and, where the directory gives it, its 法院代字. */
export type CaseCourt = { courtName: string; courtCode: string | null };

/**
 * A case number checked against the event recording it (法〔2015〕137号): its shape, the 类型代字 of the kind of
 * case, the year, and the 法院代字 of the case's court where the directory gives it. A first-instance number
 * must be the court's own; an enforcement may be docketed by a same-level court where the property is
 * (CPL 235), so another court's code there is a warning. Returns the number in the official form.
 */
export function checkedCaseNumber(text: string, kind: CaseNumberKind, date: string, docketedByEvent: boolean, ctx: CaseCourt, field: string, warnings: Bilingual[]): string {
  const number = normaliseCaseNumber(text);
  const enforcement = kind === 'enforcement' || kind === 'resumed-enforcement';
  const eventYear = Number(date.slice(0, 4));
  const courtCode = kind === 'appeal' ? null : ctx.courtCode;
  const problem = caseNumberProblem(number, { kind, eventYear, docketedByEvent, courtCode: enforcement ? null : courtCode, courtName: ctx.courtName });
  if (problem) throw new DossierError('invalid-input', problem, { field });
  const court = parseCaseNumber(number)!.court;
  if (enforcement && courtCode !== null && court !== courtCode) {
    warnings.push({
      zh: `执行案号的法院代字“${court}”不是${ctx.courtName}的代字（${courtCode}）；由财产所在地法院执行的（《民事诉讼法》第二百三十五条）可不理会此提示，否则请核对案号`,
      en: `The court code "${court}" in the enforcement number is not that of ${ctx.courtName} (${courtCode}); ignore this if a court where the property is enforces (CPL art. 235), otherwise check the number`,
    });
  }
  return number;
}
