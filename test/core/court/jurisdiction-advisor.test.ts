import { describe, expect, it } from 'vitest';
import { adviseJurisdiction } from '../../../core/court/jurisdiction-advisor';
import type { AdvisorInput } from '../../../core/court/jurisdiction-advisor';
import { jurisdictionFactsInput, plaintiffLocationInput } from '../../../core/court/jurisdiction-facts';
import type { JurisdictionFactsInput, PlaintiffLocationInput } from '../../../core/court/jurisdiction-facts';
import type { SmallClaimsThreshold } from '../../../core/court/small-claims-threshold';
import { directoryWith, divisionIndex } from '../../support/court-data';

const directory = directoryWith();
const jiangsu: SmallClaimsThreshold = {
  id: '320000-2026-01-04', provinceCode: '320000', province: '江苏省', mandatoryLimitFen: 6_461_000, agreementLimitFen: 25_844_000,
  wageYear: 2024, wageBasis: '城镇非私营单位就业人员年平均工资', averageWageFen: 12_922_000, inForceFrom: '2026-01-04', source: 'test', origin: 'bundled',
};

/** A defendant registered in 昆明市盘龙区, sued by a card centre in 昆明市五华区, filing on 2026-11-28. */
function advise(facts: JurisdictionFactsInput = {}, options: { habitual?: string; registered?: string; amountFen?: number; location?: PlaintiffLocationInput; plaintiffAddress?: string } = {}) {
  const input: AdvisorInput = {
    filingDate: '2026-11-28',
    amountFen: options.amountFen ?? 5_000_000,
    defendant: { registeredAddress: options.registered ?? '云南省昆明市盘龙区北京路1200号', habitualResidence: options.habitual ?? '' },
    plaintiff: { name: '云岭银行股份有限公司信用卡中心', address: options.plaintiffAddress ?? '云南省昆明市五华区翠湖南路88号' },
    facts: jurisdictionFactsInput.parse(facts),
    plaintiffLocation: plaintiffLocationInput.parse(options.location ?? {}),
    directory, divisions: divisionIndex, thresholds: [jiangsu],
  };
  return adviseJurisdiction(input);
}
const names = (list: { courtName: string }[]) => list.map((c) => c.courtName);
const codes = (list: { code: string }[]) => list.map((f) => f.code);

describe('defendant domicile and habitual residence (CPL 22, Interp 3-4)', () => {
  it('offers the court of the registered domicile and the place of performance', () => {
    const advice = advise();
    expect(names(advice.candidates)).toEqual(['昆明市盘龙区人民法院', '昆明市五华区人民法院']);
    expect(advice.candidates[0]?.bases).toEqual(['domicile']);
    expect(advice.candidates[0]?.reasons[0]?.citation.zh).toContain('第二十二条');
    expect(codes(advice.warnings)).toContain('plaintiff-chooses');
  });

  it('switches to the habitual residence after a year of proven residence', () => {
    const advice = advise({ habitualSince: '2025-11-28', habitualProof: '居住证' }, { habitual: '云南省昆明市官渡区春城路219号' });
    expect(names(advice.candidates)[0]).toBe('昆明市官渡区人民法院');
    expect(advice.candidates[0]?.bases).toEqual(['habitual-residence']);
    expect(names(advice.ruledOut)).toEqual(['昆明市盘龙区人民法院']);
    expect(codes(advice.ruledOut[0]!.reasons)).toEqual(['domicile-displaced']);
  });

  it('keeps the registered domicile when the residence is one day short of a year', () => {
    const advice = advise({ habitualSince: '2025-11-29', habitualProof: '居住证' }, { habitual: '云南省昆明市官渡区春城路219号' });
    expect(names(advice.candidates)[0]).toBe('昆明市盘龙区人民法院');
    expect(advice.ruledOut.map((c) => [c.courtName, c.reasons[0]?.code])).toEqual([['昆明市官渡区人民法院', 'habitual-under-one-year']]);
  });

  it('asks for the start date and for proof before relying on a habitual residence', () => {
    expect(codes(advise({}, { habitual: '云南省昆明市官渡区春城路219号' }).ruledOut[0]!.reasons)).toEqual(['habitual-no-date']);
    const unproven = advise({ habitualSince: '2020-01-01' }, { habitual: '云南省昆明市官渡区春城路219号' });
    const candidate = unproven.candidates.find((c) => c.courtName === '昆明市官渡区人民法院');
    expect(candidate?.standing).toBe('review');
    expect(codes(candidate!.warnings)).toContain('habitual-no-proof');
    expect(names(unproven.candidates)).toContain('昆明市盘龙区人民法院');
  });

  it('uses a division code the user entered over the address', () => {
    const advice = advise({ registeredDivision: '532924' });
    expect(advice.divisions.registered.source).toBe('user');
    expect(names(advice.candidates)[0]).toBe('宾川县人民法院');
  });

  it('picks among several courts of one city by the town in the address (东莞)', () => {
    expect(names(advise({}, { registered: '广东省东莞市塘厦镇花园新街1号' }).candidates)[0]).toBe('东莞市第三人民法院');
    const unknownTown = advise({}, { registered: '广东省东莞市某路1号' });
    expect(codes(unknownTown.warnings)).toContain('choose-by-town');
  });
});

describe('place of performance (CPL 24, Interp 18)', () => {
  it('names the court where the plaintiff, the receiving party, is', () => {
    const candidate = advise().candidates.find((c) => c.bases.includes('place-of-performance'));
    expect(candidate?.courtName).toBe('昆明市五华区人民法院');
    expect(candidate?.reasons[0]?.citation.zh).toContain('第十八条');
  });

  it('merges the grounds when domicile and place of performance are the same court', () => {
    const advice = advise({}, { registered: '云南省昆明市五华区青年路1号' });
    expect(advice.candidates).toHaveLength(1);
    expect(advice.candidates[0]?.bases).toEqual(['domicile', 'place-of-performance']);
  });

  it('has no performance candidate without the plaintiff’s division', () => {
    const advice = advise({}, { plaintiffAddress: 'Somewhere' });
    expect(advice.candidates.some((c) => c.bases.includes('place-of-performance'))).toBe(false);
    expect(codes(advice.warnings)).toContain('no-division');
  });
});

describe('agreed forum (CPL 35, Interp 30-31)', () => {
  const clause = { text: '因本合约发生的争议，由甲方所在地人民法院管辖。', names: 'plaintiff' as const, keyTermNotice: true };

  it('recommends a noticed written clause and keeps the statutory courts as fallbacks', () => {
    const advice = advise({ forumClause: clause }, { registered: '云南省大理白族自治州宾川县金牛镇' });
    expect(advice.candidates[0]).toMatchObject({ courtName: '昆明市五华区人民法院', standing: 'recommended' });
    expect(advice.candidates[0]?.bases).toContain('forum-clause');
    const fallback = advice.candidates.find((c) => c.courtName === '宾川县人民法院');
    expect(fallback?.standing).toBe('fallback');
  });

  it('warns that an unnoticed standard-form clause may be void and does not recommend it', () => {
    const advice = advise({ forumClause: { ...clause, keyTermNotice: false } }, { registered: '云南省大理白族自治州宾川县金牛镇' });
    const candidate = advice.candidates.find((c) => c.bases.includes('forum-clause'))!;
    expect(candidate.standing).toBe('available'); // still competent as the place of performance
    expect(codes(candidate.warnings)).toContain('clause-no-notice');
    expect(candidate.warnings.find((w) => w.code === 'clause-no-notice')?.citation.zh).toContain('第三十一条');
    expect(advice.candidates.find((c) => c.courtName === '宾川县人民法院')?.standing).toBe('available');
  });

  it('warns when a head-office clause is relied on by a branch suing in its own name', () => {
    const headOffice = { ...clause, names: 'head-office' as const, division: '110102' };
    const branch = advise({ forumClause: headOffice }, { location: { isBranch: true } });
    const candidate = branch.candidates.find((c) => c.courtName === '北京市西城区人民法院');
    expect(candidate?.standing).toBe('review');
    expect(codes(candidate!.warnings)).toContain('head-office-clause-branch');
    const headOfficeSues = advise({ forumClause: headOffice }, { location: { isBranch: false } });
    expect(headOfficeSues.candidates[0]).toMatchObject({ courtName: '北京市西城区人民法院', standing: 'recommended' });
  });

  it('rules out a clause naming a court above the basic level', () => {
    const advice = advise({ forumClause: { ...clause, names: 'court', courtId: 'intermediate-530100' } });
    expect(advice.ruledOut.map((c) => c.reasons[0]?.code)).toContain('clause-breaks-level');
  });
});

describe('internet courts, financial-court appeals, level and whereabouts', () => {
  const hangzhouPlaintiff = { plaintiffAddress: '浙江省杭州市西湖区文三路1号' };

  it('offers an internet court named in the agreement for a card contracted wholly online, flagged for review', () => {
    const advice = advise({ contractedOnline: true, agreementInternetCourtId: 'internet-hangzhou', forumClause: { keyTermNotice: true } }, hangzhouPlaintiff);
    const candidate = advice.candidates.find((c) => c.courtId === 'internet-hangzhou');
    expect(candidate?.standing).toBe('review');
    expect(codes(candidate!.warnings)).toContain('internet-review');
    expect(candidate?.appeal?.courtName).toBe('杭州市中级人民法院');
  });

  it('rules the internet court out when contracting was not wholly online or the city is unconnected', () => {
    expect(codes(advise({ agreementInternetCourtId: 'internet-hangzhou' }, hangzhouPlaintiff).ruledOut[0]!.reasons)).toEqual(['internet-not-online']);
    expect(codes(advise({ contractedOnline: true, agreementInternetCourtId: 'internet-hangzhou' }).ruledOut[0]!.reasons)).toEqual(['internet-no-connection']);
    expect(advise({ contractedOnline: true }).candidates.some((c) => c.bases.includes('internet-court'))).toBe(false);
  });

  it('sends appeals in Shanghai, Beijing and Chengdu-Chongqing to the financial court, elsewhere to the intermediate court', () => {
    expect(advise({}, { registered: '上海市浦东新区世纪大道1号' }).candidates[0]?.appeal?.courtName).toBe('上海金融法院');
    expect(advise({}, { registered: '四川省成都市武侯区1号' }).candidates[0]?.appeal?.courtName).toBe('成渝金融法院');
    expect(advise({}, { registered: '北京市朝阳区建国路1号' }).candidates[0]?.appeal?.courtName).toBe('北京金融法院');
    expect(advise().candidates[0]?.appeal?.courtName).toBe('昆明市中级人民法院');
  });

  it('keeps card claims at the basic level and moves to the intermediate level from the SPC thresholds', () => {
    expect(advise().level).toBe('basic');
    const large = advise({}, { amountFen: 50_000_000_000 });
    expect(large.level).toBe('intermediate');
    expect(names(large.candidates)).toEqual(['昆明市中级人民法院']);
    expect(large.candidates[0]?.bases).toEqual(['domicile', 'place-of-performance']);
    expect(names(advise({}, { amountFen: 50_000_000_000, registered: '上海市浦东新区世纪大道1号', plaintiffAddress: '上海市黄浦区中山东一路1号' }).candidates)).toEqual(['上海金融法院']);
    expect(advise({}, { amountFen: 49_999_999_999 }).level).toBe('basic');
    expect(advise({}, { amountFen: 10_000_000_000, registered: '北京市朝阳区建国路1号' }).level).toBe('intermediate');
  });

  it('rules out small claims and simplified procedure when the defendant’s whereabouts are unknown', () => {
    const advice = advise({ whereaboutsUnknown: true }, { registered: '江苏省南京市玄武区中山路1号' });
    expect(codes(advice.warnings)).toContain('whereabouts-unknown');
    expect(advice.procedure.outcome).toBe('ordinary');
    expect(advice.procedure.likelyProcedure).toBe('ordinary');
    const known = advise({}, { registered: '江苏省南京市玄武区中山路1号' });
    expect(known.procedure.outcome).toBe('small-claims-mandatory');
  });
});
