import { describe, expect, it } from 'vitest';
import { chooseProcedure } from '../../../core/court/procedure-choice';
import { thresholdOn } from '../../../core/court/small-claims-threshold';
import type { SmallClaimsThreshold } from '../../../core/court/small-claims-threshold';

const row = (inForceFrom: string, mandatory: number, agreement: number): SmallClaimsThreshold => ({
  id: `320000-${inForceFrom}`, provinceCode: '320000', province: '江苏省', mandatoryLimitFen: mandatory * 100, agreementLimitFen: agreement * 100,
  wageYear: 2022, wageBasis: '城镇非私营单位就业人员年平均工资', averageWageFen: null, inForceFrom, source: 'test', origin: 'bundled',
});
const jiangsu = [row('2022-01-07', 51_811, 207_242), row('2024-01-06', 60_862, 243_448), row('2026-01-04', 64_610, 258_440)];

describe('small-claims threshold in force (Interp 272)', () => {
  it('takes the latest figure published on or before the date', () => {
    expect(thresholdOn(jiangsu, '320000', '2024-01-05')?.mandatoryLimitFen).toBe(5_181_100);
    expect(thresholdOn(jiangsu, '320000', '2024-01-06')?.mandatoryLimitFen).toBe(6_086_200);
    expect(thresholdOn(jiangsu, '320000', '2026-11-28')?.mandatoryLimitFen).toBe(6_461_000);
    expect(thresholdOn(jiangsu, '320000', '2021-12-31')).toBeNull();
    expect(thresholdOn(jiangsu, '330000', '2026-11-28')).toBeNull();
  });
});

describe('procedure choice (CPL 165-166, domain.md §2.5)', () => {
  const t = thresholdOn(jiangsu, '320000', '2026-03-01');

  it('makes small claims mandatory at or below 50 % of the wage', () => {
    expect(chooseProcedure({ amountFen: 6_461_000, threshold: t }).outcome).toBe('small-claims-mandatory');
    expect(chooseProcedure({ amountFen: 6_461_000, threshold: t }).likelyProcedure).toBe('small-claims');
  });

  it('allows small claims by consent up to 200 %, otherwise simplified', () => {
    const above = chooseProcedure({ amountFen: 6_461_001, threshold: t });
    expect(above.outcome).toBe('small-claims-by-consent');
    expect(above.likelyProcedure).toBe('simplified');
    expect(chooseProcedure({ amountFen: 25_844_000, threshold: t, consent: true }).likelyProcedure).toBe('small-claims');
    expect(chooseProcedure({ amountFen: 25_844_001, threshold: t }).outcome).toBe('simplified-or-ordinary');
  });

  it('names the threshold and its source in the reasons', () => {
    const reasons = chooseProcedure({ amountFen: 100, threshold: t }).reasons;
    expect(reasons[0]?.text.zh).toContain('64,610');
    expect(reasons[0]?.text.zh).toContain('2026-01-04');
    expect(reasons[1]?.citation.zh).toContain('第一百六十五条');
  });

  it('goes to ordinary procedure when the defendant’s whereabouts are unknown, whatever the amount', () => {
    const choice = chooseProcedure({ amountFen: 100, threshold: t, whereaboutsUnknown: true });
    expect(choice.outcome).toBe('ordinary');
    expect(choice.reasons.map((r) => r.citation.zh).join()).toContain('第二百五十七条');
  });

  it('says so when no threshold is known for the province', () => {
    expect(chooseProcedure({ amountFen: 100, threshold: null }).outcome).toBe('threshold-unknown');
  });
});
