/**
 * The values a form field can be mapped to: every single value of the filing data (nested objects
 * flattened to dotted paths; lists left out), shown with the chosen case's value so the mapping can be
 * checked while it is made. The values most forms ask for are offered by their label (core/field-labels.ts,
 * the one label table), amounts in yuan with two decimals and yes/no as words; the rest are for the
 * advanced view only, where a template's author reads paths.
 */
import type { Bilingual } from '../bilingual';
import { fieldLabel } from '../field-labels';
import { formatYuan } from '../money/fen';
import type { MappableValue } from './form-operations';

/** The paths most forms ask for, offered by label in the order a filing lists them. */
const offeredPaths = [
  'plaintiff.name', 'plaintiff.address', 'plaintiff.creditCode', 'plaintiff.responsiblePerson', 'plaintiff.responsibleTitle', 'plaintiff.phone',
  'agent.name', 'agent.employer', 'agent.licenceNumber', 'agent.phone',
  'defendant.name', 'defendant.sexLabel', 'defendant.birthDate', 'defendant.age', 'defendant.ethnicity', 'defendant.residentId',
  'defendant.residentIdMasked', 'defendant.registeredAddress', 'defendant.habitualResidence', 'defendant.serviceAddress',
  'defendant.phone', 'defendant.employer',
  'card.cardNumber', 'card.cardNumberMasked', 'card.agreementDate', 'card.issuingBranch', 'card.creditLimitFen', 'card.firstDefaultDate',
  'claim.asOfDate', 'claim.principalFen', 'claim.interestFen', 'claim.penaltyFen', 'claim.feesFen', 'claim.totalFen',
  'court.name', 'proceedings.courtCaseNumber', 'filingDate',
  'serviceAddress.address', 'serviceAddress.postcode', 'serviceAddress.recipient', 'serviceAddress.phone', 'serviceAddress.electronic',
];
const offered = new Map(offeredPaths.map((path, index) => [path, index]));

/** True for a path holding an amount in fen (the filing data names them …Fen). */
export function isAmountPath(path: string): boolean {
  return /Fen$/.test(path);
}

/** A value as a user reads it: amounts in yuan with two decimals, yes/no in words, the rest as it is. */
function shown(path: string, value: string | number | boolean): Bilingual {
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (typeof value === 'number' && isAmountPath(path) && Number.isInteger(value)) {
    const yuan = formatYuan(value);
    return { zh: `${yuan} 元`, en: `¥${yuan}` };
  }
  return { zh: String(value), en: String(value) };
}

/** Flattens the data to its single values: the offered ones first, by label, then the rest (advanced only). */
export function mappableValues(data: object): MappableValue[] {
  const out: MappableValue[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || value === undefined || Array.isArray(value)) return;
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    const isOffered = offered.has(path);
    out.push({
      path,
      label: isOffered ? fieldLabel(path) : null,
      example: isOffered ? shown(path, value as string | number | boolean) : { zh: String(value), en: String(value) },
      amount: isAmountPath(path),
    });
  };
  walk(data, '');
  const rank = (v: MappableValue) => offered.get(v.path) ?? offeredPaths.length;
  return out.sort((a, b) => rank(a) - rank(b));
}
