import type { Handlers } from '../../core/contract';
import { feeReport } from '../../core/court/fee-calculator';
import { chooseProcedure } from '../../core/court/procedure-choice';
import { thresholdOn } from '../../core/court/small-claims-threshold';
import type { SmallClaimsThreshold } from '../../core/court/small-claims-threshold';
import { DossierError } from '../../core/errors';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { parseYuan } from '../../core/money/fen';
import { createThresholdRepository } from '../db/small-claims-threshold-repository';
import { courtDataStoreFor } from './court-data-store';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Handlers for fees, the procedure choice and the editable small-claims threshold table (domain.md §2–§3). */
export function createProcedureHandlers(context: ServiceContext) {
  const { db } = context;
  const store = courtDataStoreFor(db, context.templatesDir);
  const thresholdRows = createThresholdRepository(db);
  const clock = clockOf(context);

  /** A province named as 江苏 / 江苏省 / 32 / 320000 → its 6-digit code. */
  function provinceCode(name: string): string {
    const text = name.trim();
    const divisions = store.bundled().divisions.divisions.filter((d) => d.level === 'province');
    const found = divisions.find((d) => d.code === text || d.code.slice(0, 2) === text || d.name === text || d.name.startsWith(text));
    if (!found) throw new DossierError('invalid-input', { zh: `未知的省份：${name}`, en: `Unknown province: ${name}` }, { field: 'province' });
    return found.code;
  }

  return {
    'fee:calculate': ({ amount, procedure, closedBy, preservationAmount, enforcementAmount }) =>
      feeReport({
        amountFen: parseYuan(amount, 'amount'), procedure, closedBy,
        ...(preservationAmount ? { preservedFen: parseYuan(preservationAmount, 'preservationAmount') } : {}),
        ...(enforcementAmount ? { enforcedFen: parseYuan(enforcementAmount, 'enforcementAmount') } : {}),
      }),
    'procedure:calculate': ({ province, amount, date, whereaboutsUnknown, consent }) => {
      if (!isCalendarDate(date)) throw new DossierError('invalid-input', { zh: `日期无效：${date}`, en: `Not a real date: ${date}` }, { field: 'date' });
      const code = provinceCode(province);
      const threshold = thresholdOn(store.thresholds(), code, date);
      return { ...chooseProcedure({ amountFen: parseYuan(amount, 'amount'), threshold, whereaboutsUnknown, consent }), provinceCode: code };
    },
    'threshold:list': () => store.thresholds(),
    'threshold:save': ({ id, values }) => {
      const mandatoryLimitFen = parseYuan(values.mandatoryLimit, 'mandatoryLimit');
      const agreementLimitFen = parseYuan(values.agreementLimit, 'agreementLimit');
      if (agreementLimitFen < mandatoryLimitFen) {
        throw new DossierError('invalid-input', { zh: '约定适用上限不能低于强制适用上限', en: 'The by-consent limit cannot be below the mandatory limit' }, { field: 'agreementLimit' });
      }
      if (!isCalendarDate(values.inForceFrom)) throw new DossierError('invalid-input', { zh: '施行日期无效', en: 'Not a real date' }, { field: 'inForceFrom' });
      const province = store.divisions().find(values.provinceCode);
      if (!province || province.level !== 'province') throw new DossierError('invalid-input', { zh: '省份代码无效', en: 'Unknown province code' }, { field: 'provinceCode' });
      const newId = `${values.provinceCode}-${values.inForceFrom}`;
      const threshold: SmallClaimsThreshold = {
        id: id ?? newId, provinceCode: values.provinceCode, province: province.name, mandatoryLimitFen, agreementLimitFen,
        wageYear: values.wageYear, wageBasis: values.wageBasis, averageWageFen: values.averageWage ? parseYuan(values.averageWage, 'averageWage') : null,
        inForceFrom: values.inForceFrom, source: values.source, origin: 'user',
      };
      thresholdRows.put(threshold, false, clock.timestamp());
      return store.thresholds().find((t) => t.id === threshold.id)!;
    },
    'threshold:delete': ({ id }) => {
      if (store.isBundledThreshold(id)) thresholdRows.put({ ...(store.thresholds().find((t) => t.id === id) ?? missing(id)) }, true, clock.timestamp());
      else thresholdRows.remove(id);
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;
}

function missing(id: string): never {
  throw new DossierError('not-found', { zh: `找不到小额诉讼标准 ${id}`, en: `No small-claims threshold ${id}` });
}
