/**
 * The candidate courts for a credit-card case, ranked, each with its reasons and citations
 * (domain.md §1.8): an agreed forum (if the clause holds), the defendant's domicile or proven
 * habitual residence, the place of performance (the bank's location for a money claim), and an
 * internet court only where the card agreement names one and contracting was wholly online.
 * Pure: the directory, divisions, thresholds and the filing date come in as parameters.
 */
import { addYears } from '../calendar/date-arithmetic';
import type { Fen } from '../money/fen';
import type { CourtEntry } from './court-model';
import type { CourtDirectory } from './court-directory';
import type { DivisionIndex } from './division-index';
import { citations as cite } from './jurisdiction-findings';
import type { Finding } from './jurisdiction-findings';
import type { JurisdictionFacts, PlaintiffLocation } from './jurisdiction-facts';
import { chooseProcedure } from './procedure-choice';
import type { ProcedureChoice } from './procedure-choice';
import { thresholdOn } from './small-claims-threshold';
import type { SmallClaimsThreshold } from './small-claims-threshold';

/** The legal ground a candidate court rests on. */
export const candidateBases = ['forum-clause', 'habitual-residence', 'domicile', 'place-of-performance', 'internet-court'] as const;
export type CandidateBasis = (typeof candidateBases)[number];

/**
 * How far a candidate can be relied on: recommended (a valid agreed forum), available (statutory),
 * fallback (statutory, but a valid clause points elsewhere), review (a lawyer must check), ruled-out.
 */
export type Standing = 'recommended' | 'available' | 'fallback' | 'review' | 'ruled-out';

/** A division code as used: entered by the user, derived from an address, or missing. */
export type ResolvedDivision = { code: string; path: string; source: 'user' | 'derived' | 'none'; ambiguous: { code: string; path: string }[] };

/** One candidate court. */
export type Candidate = {
  rank: number;
  courtId: string;
  courtName: string;
  divisionCode: string;
  divisionPath: string;
  bases: CandidateBasis[];
  standing: Standing;
  reasons: Finding[];
  warnings: Finding[];
  /** Where an appeal would go, and why (a financial court in Shanghai, Beijing and Chengdu-Chongqing). */
  appeal: { courtId: string; courtName: string; reason: Finding } | null;
};

/** What the advisor says about a case. */
export type JurisdictionAdvice = {
  filingDate: string;
  amountFen: Fen;
  divisions: { registered: ResolvedDivision; habitual: ResolvedDivision; plaintiff: ResolvedDivision };
  candidates: Candidate[];
  ruledOut: Candidate[];
  warnings: Finding[];
  level: 'basic' | 'intermediate';
  procedure: ProcedureChoice & { provinceCode: string };
};

/** Everything the advisor needs. */
export type AdvisorInput = {
  filingDate: string;
  amountFen: Fen;
  defendant: { registeredAddress: string; habitualResidence: string };
  plaintiff: { name: string; address: string };
  facts: JurisdictionFacts;
  plaintiffLocation: PlaintiffLocation;
  directory: CourtDirectory;
  divisions: DivisionIndex;
  thresholds: readonly SmallClaimsThreshold[];
};

/** 法发〔2021〕27号: intermediate courts from 500 million yuan (all parties in one province) or 100 million (one outside). */
const INTERMEDIATE_SAME_PROVINCE_FEN = 500_000_000 * 100;
const INTERMEDIATE_CROSS_PROVINCE_FEN = 100_000_000 * 100;

const standingOrder: Record<Standing, number> = { recommended: 0, available: 1, fallback: 2, review: 3, 'ruled-out': 4 };

/** A user-entered code wins over the one derived from the address text. */
export function resolveDivision(divisions: DivisionIndex, entered: string, address: string): ResolvedDivision {
  if (entered) return { code: entered, path: divisions.pathOf(entered), source: 'user', ambiguous: [] };
  const match = divisions.match(address);
  if (!match.code) return { code: '', path: '', source: 'none', ambiguous: [] };
  return { code: match.code, path: match.path, source: 'derived', ambiguous: match.ambiguous };
}

/** Advises on the courts for a case. */
export function adviseJurisdiction(input: AdvisorInput): JurisdictionAdvice {
  const { directory, divisions, facts, filingDate } = input;
  const warnings: Finding[] = [];
  const pool = new Map<string, Candidate>();
  const ruledOut: Candidate[] = [];

  const registered = resolveDivision(divisions, facts.registeredDivision, input.defendant.registeredAddress);
  const habitual = resolveDivision(divisions, facts.habitualDivision, input.defendant.habitualResidence);
  const plaintiffDivision = resolveDivision(divisions, input.plaintiffLocation.divisionCode, input.plaintiff.address);

  for (const [resolved, label] of [[registered, { zh: '被告户籍地', en: "the defendant's registered domicile" }], [habitual, { zh: '被告经常居住地', en: "the defendant's habitual residence" }], [plaintiffDivision, { zh: '原告所在地', en: "the plaintiff's location" }]] as const) {
    if (resolved.ambiguous.length > 1) {
      warnings.push({
        code: 'ambiguous-division',
        text: { zh: `${label.zh}的地址可对应多个区县（${resolved.ambiguous.map((a) => a.path).join('；')}），请在本页选择正确的区划`, en: `The address of ${label.en} matches several counties (${resolved.ambiguous.map((a) => a.path).join('; ')}); choose the right division on this tab` },
        citation: cite.directory,
      });
    }
  }

  /** The basic court(s) for a place; towns in the address pick among several (东莞, 中山). */
  function courtsAt(code: string, address: string, what: { zh: string; en: string }): CourtEntry[] {
    if (!code) {
      warnings.push({ code: 'no-division', text: { zh: `无法从地址确定${what.zh}的区县，请在本页填写区划代码`, en: `Could not tell the county of ${what.en} from the address; enter its division code on this tab` }, citation: cite.directory });
      return [];
    }
    const courts = directory.basicCourtsFor(code);
    if (courts.length === 0) {
      warnings.push({
        code: 'no-court-for-division',
        text: { zh: `${what.zh}（${divisions.pathOf(code) || code}）在法院名录中没有对应的基层法院（如开发区未设法院），请选择地址所在区县或在名录中补充`, en: `No basic court in the directory for ${what.en} (${divisions.pathOf(code) || code}), e.g. a development zone without its own court; choose the surrounding county or add the court` },
        citation: cite.directory,
      });
      return [];
    }
    if (courts.length === 1) return courts;
    const byTown = courts.filter((c) => c.towns.some((t) => address.includes(t)));
    if (byTown.length === 1) return byTown;
    warnings.push({ code: 'choose-by-town', text: { zh: `${what.zh}所在市由数个基层法院按镇街分管，请按地址所在镇街选择`, en: `Several basic courts share ${what.en}'s city by town; choose by the town of the address` }, citation: cite.directory });
    return courts;
  }

  function appealOf(court: CourtEntry): Candidate['appeal'] {
    const financial = court.level === 'basic' ? directory.financialCourtFor(court.divisionCode) : undefined;
    if (financial) {
      return { courtId: financial.id, courtName: financial.name, reason: { code: 'appeal-financial-court', text: { zh: `金融纠纷上诉由${financial.name}审理，不再由中级法院审理`, en: `Appeals in financial cases go to ${financial.name}, not the intermediate court` }, citation: cite.financial } };
    }
    const target = court.appealCourtId ? directory.find(court.appealCourtId) : directory.intermediateFor(court);
    if (!target) return null;
    const citation = court.kind === 'internet' ? cite.internet4 : cite.appeal;
    return { courtId: target.id, courtName: target.name, reason: { code: 'appeal-intermediate', text: { zh: `上诉法院：${target.name}`, en: `Appeals go to ${target.name}` }, citation } };
  }

  function add(court: CourtEntry, basis: CandidateBasis, standing: Standing, reasons: Finding[], extra: Finding[] = []) {
    const existing = pool.get(court.id);
    if (existing) {
      existing.bases.push(basis);
      existing.reasons.push(...reasons);
      existing.warnings.push(...extra);
      if (standingOrder[standing] < standingOrder[existing.standing]) existing.standing = standing;
      return;
    }
    pool.set(court.id, {
      rank: 0, courtId: court.id, courtName: court.name, divisionCode: court.divisionCode, divisionPath: court.divisionPath,
      bases: [basis], standing, reasons: [...reasons], warnings: [...extra], appeal: appealOf(court),
    });
  }

  function rule(court: CourtEntry | undefined, basis: CandidateBasis, reason: Finding, name?: string) {
    ruledOut.push({
      rank: 0, courtId: court?.id ?? '', courtName: court?.name ?? name ?? '', divisionCode: court?.divisionCode ?? '', divisionPath: court?.divisionPath ?? '',
      bases: [basis], standing: 'ruled-out', reasons: [reason], warnings: [], appeal: null,
    });
  }

  // 1. The defendant's domicile (CPL 22, Interp 3) or habitual residence of a year or more (Interp 4).
  const habitualGiven = input.defendant.habitualResidence.trim() !== '' || facts.habitualDivision !== '';
  let habitualQualifies = false;
  if (habitualGiven && habitual.code && habitual.code !== registered.code) {
    const habitualCourts = courtsAt(habitual.code, input.defendant.habitualResidence, { zh: '被告经常居住地', en: "the defendant's habitual residence" });
    const since = facts.habitualSince;
    const yearFrom = since ? addYears(since, 1) : '';
    if (!since) {
      for (const court of habitualCourts) rule(court, 'habitual-residence', { code: 'habitual-no-date', text: { zh: '未填写在经常居住地连续居住的起始日期，无法确认已满一年；按户籍地确定管辖', en: 'No date from which the defendant has lived at the habitual residence: one year cannot be confirmed, so the registered domicile applies' }, citation: cite.interp4 });
    } else if (yearFrom > filingDate) {
      for (const court of habitualCourts) rule(court, 'habitual-residence', { code: 'habitual-under-one-year', text: { zh: `自 ${since} 起居住，至起诉日 ${filingDate} 不满一年，不构成经常居住地；由户籍地法院管辖`, en: `Living there since ${since}, less than one year by the filing date ${filingDate}: not a habitual residence, so the registered domicile applies` }, citation: cite.interp4 });
    } else if (!facts.habitualProof) {
      for (const court of habitualCourts) {
        add(court, 'habitual-residence', 'review', [{ code: 'habitual-one-year', text: { zh: `自 ${since} 起连续居住满一年，可构成经常居住地`, en: `Living there continuously since ${since}, one year or more: may be the habitual residence` }, citation: cite.interp4 }],
          [{ code: 'habitual-no-proof', text: { zh: '卷内尚无居住满一年的证明（居住证、租赁合同、单位证明等）；仅有账单或邮寄地址不足以证明经常居住地', en: 'The file holds no proof of a year’s residence (residence permit, lease, employer certificate); a billing or mailing address alone does not prove it' }, citation: cite.interp4 }]);
      }
    } else {
      habitualQualifies = habitualCourts.length > 0;
      for (const court of habitualCourts) {
        add(court, 'habitual-residence', 'available', [{ code: 'habitual-one-year', text: { zh: `被告自 ${since} 起在此连续居住满一年（证明：${facts.habitualProof}），住所地与经常居住地不一致的，由经常居住地法院管辖`, en: `The defendant has lived here continuously since ${since} (proof: ${facts.habitualProof}); where domicile and habitual residence differ, the court of the habitual residence has jurisdiction` }, citation: cite.cpl22 }]);
      }
    }
  }
  const registeredCourts = courtsAt(registered.code, input.defendant.registeredAddress, { zh: '被告户籍地', en: "the defendant's registered domicile" });
  for (const court of registeredCourts) {
    if (habitualQualifies) {
      rule(court, 'domicile', { code: 'domicile-displaced', text: { zh: '被告已在经常居住地居住满一年，户籍地法院不再按被告住所地管辖', en: 'The defendant has a habitual residence of a year or more, which displaces the registered domicile' }, citation: cite.cpl22 });
    } else {
      add(court, 'domicile', 'available', [{ code: 'domicile', text: { zh: '被告户籍所在地即住所地，由被告住所地法院管辖', en: "The defendant's registered domicile is the domicile; the court of the defendant's domicile has jurisdiction" }, citation: { zh: `${cite.cpl22.zh}；${cite.interp3.zh}`, en: `${cite.cpl22.en}; ${cite.interp3.en}` } }]);
    }
  }

  // 2. The place of performance: for a money claim, where the receiving party (the bank) is (Interp 18(2)).
  const plaintiffCourts = courtsAt(plaintiffDivision.code, input.plaintiff.address, { zh: '原告所在地', en: "the plaintiff's location" });
  for (const court of plaintiffCourts) {
    add(court, 'place-of-performance', 'available', [{ code: 'place-of-performance', text: { zh: `争议标的为给付货币，接收货币一方（原告${input.plaintiff.name}）所在地为合同履行地；合同纠纷可由合同履行地法院管辖`, en: `The dispute is over payment of money: the place of the receiving party (the plaintiff, ${input.plaintiff.name}) is the place of performance, whose court may hear a contract dispute` }, citation: { zh: `${cite.cpl24.zh}；${cite.interp18.zh}`, en: `${cite.cpl24.en}; ${cite.interp18.en}` } }],
      [{ code: 'performance-which-location', text: { zh: '以总行信用卡中心还是受理申请的分行所在地为“接收货币一方所在地”，各地法院认定不一，请核实', en: 'Courts differ on whether the card centre or the branch that took the application is "where the receiving party is"; check locally' }, citation: cite.interp18 }]);
  }

  // 3. An agreed forum (CPL 35): valid only as written, connected and noticed; never against level rules.
  const clause = facts.forumClause;
  let validClause = false;
  if (clause.names !== 'none') {
    let named: CourtEntry[] = [];
    if (clause.names === 'court') {
      const court = clause.courtId ? directory.find(clause.courtId) : undefined;
      if (court) named = [court];
    } else {
      const place = clause.names === 'plaintiff' ? plaintiffDivision.code
        : clause.names === 'defendant' ? registered.code
        : clause.names === 'head-office' ? (clause.division || input.plaintiffLocation.headOfficeDivision)
        : clause.division;
      named = place ? courtsAt(place, '', { zh: '约定管辖地', en: 'the agreed place' }) : [];
      if (!place) warnings.push({ code: 'clause-no-place', text: { zh: '管辖条款所指地点的区划未填写，无法确定约定法院', en: 'The division of the place the clause names is missing: the agreed court cannot be named' }, citation: cite.cpl35 });
    }
    const clauseWarnings: Finding[] = [];
    if (!clause.text) clauseWarnings.push({ code: 'clause-no-text', text: { zh: '未录入条款原文：协议管辖须有书面约定，请录入领用合约中的条款', en: 'No clause text recorded: an agreed forum must be in writing; record the clause from the card agreement' }, citation: cite.cpl35 });
    if (!clause.keyTermNotice) {
      clauseWarnings.push({ code: 'clause-no-notice', text: { zh: '格式条款未以合理方式提示消费者注意的，消费者主张管辖协议无效的，法院应予支持；请准备户籍地或履行地法院作为备选', en: 'A standard-form forum clause not brought to the consumer’s attention by reasonable means is void if the consumer says so; prepare the domicile or performance court as a fallback' }, citation: cite.interp31 });
    }
    if (clause.names === 'head-office' && input.plaintiffLocation.isBranch) {
      clauseWarnings.push({ code: 'head-office-clause-branch', text: { zh: '条款约定由总行所在地法院管辖，而原告为以自己名义起诉的分行/信用卡中心，该约定对其是否适用存疑，请复核', en: 'The clause names the head office’s location, but the plaintiff is a branch or card centre suing in its own name: whether the clause covers it is doubtful; review' }, citation: cite.interp52 });
    }
    for (const court of named) {
      if (court.level !== 'basic') {
        rule(court, 'forum-clause', { code: 'clause-breaks-level', text: { zh: '约定的法院不是基层法院，违反级别管辖规定，约定无效', en: 'The agreed court is not a basic court: the clause breaks level jurisdiction and is void' }, citation: cite.cpl35 });
        continue;
      }
      const standing: Standing = clauseWarnings.length === 0 ? 'recommended' : 'review';
      validClause = validClause || standing === 'recommended';
      add(court, 'forum-clause', standing, [{ code: 'forum-clause', text: { zh: '领用合约以书面形式约定由该地法院管辖，约定的法院能够确定的，从其约定', en: 'The card agreement chooses this court in writing; an identifiable agreed court governs' }, citation: { zh: `${cite.cpl35.zh}；${cite.interp30.zh}`, en: `${cite.cpl35.en}; ${cite.interp30.en}` } }], clauseWarnings);
    }
  }

  // 4. An internet court: only if the agreement names one and contracting was wholly online; flagged for review.
  if (facts.agreementInternetCourtId) {
    const court = directory.find(facts.agreementInternetCourtId);
    const connected = court && [registered.code, habitual.code, plaintiffDivision.code].some((code) => code && court.scope && court.scope.include.some((p) => code.startsWith(p)));
    if (!court || court.kind !== 'internet') {
      rule(court, 'internet-court', { code: 'internet-not-internet-court', text: { zh: '所选法院不是互联网法院', en: 'The chosen court is not an internet court' }, citation: cite.internet2 });
    } else if (!facts.contractedOnline) {
      rule(court, 'internet-court', { code: 'internet-not-online', text: { zh: '信用卡合同并非全程在线订立和履行，不属于互联网法院管辖范围', en: 'The card contract was not concluded and performed wholly online: outside the internet court’s jurisdiction' }, citation: cite.internet2 });
    } else if (!connected) {
      rule(court, 'internet-court', { code: 'internet-no-connection', text: { zh: `被告住所地和原告所在地均不在${court.name}集中管辖的城市`, en: `Neither the defendant’s domicile nor the plaintiff’s location is in the city ${court.name} serves` }, citation: cite.internet2 });
    } else {
      const extra: Finding[] = [{ code: 'internet-review', text: { zh: '信用卡纠纷是否属于互联网法院受理的“全程在线订立履行的金融借款合同纠纷”尚无定论，须由律师复核后再选择', en: 'Whether a credit-card dispute counts as an online financial-loan dispute for the internet court is unsettled; a lawyer must review before choosing it' }, citation: cite.internet2 }];
      if (!clause.keyTermNotice) extra.push({ code: 'clause-no-notice', text: { zh: '约定互联网法院的格式条款同样须经合理提示', en: 'A standard-form clause choosing the internet court also needs reasonable notice' }, citation: cite.interp31 });
      add(court, 'internet-court', 'review', [{ code: 'internet-court', text: { zh: '领用合约约定由互联网法院管辖，且申领、签约全程在线完成', en: 'The card agreement names the internet court and the card was applied for and contracted wholly online' }, citation: cite.internet2 }], extra);
    }
  }

  // A valid agreed forum excludes the statutory courts except as a fallback if the clause fails.
  if (validClause) {
    for (const candidate of pool.values()) {
      if (candidate.standing === 'available' && !candidate.bases.includes('forum-clause')) {
        candidate.standing = 'fallback';
        candidate.warnings.push({ code: 'fallback-to-clause', text: { zh: '存在有效的协议管辖条款，应向约定法院起诉；本院仅在条款被认定无效时作为备选', en: 'A valid forum clause points elsewhere: file there; this court is a fallback only if the clause fails' }, citation: cite.cpl35 });
      }
    }
  }

  // Level jurisdiction: every realistic card claim is for a basic court (domain.md §1.4).
  const sameProvince = !registered.code || !plaintiffDivision.code || registered.code.slice(0, 2) === plaintiffDivision.code.slice(0, 2);
  const levelLimit = sameProvince ? INTERMEDIATE_SAME_PROVINCE_FEN : INTERMEDIATE_CROSS_PROVINCE_FEN;
  const level = input.amountFen >= levelLimit ? 'intermediate' : 'basic';
  if (level === 'intermediate') {
    warnings.push({ code: 'level-intermediate', text: { zh: `标的额达到${sameProvince ? '5 亿' : '1 亿'}元，第一审由中级法院（金融法院辖区内为金融法院）管辖`, en: `The amount reaches ${sameProvince ? '500 million' : '100 million'} yuan: first instance at the intermediate court (the financial court where there is one)` }, citation: cite.level });
    // Each basic court's place moves up to its intermediate court, or the financial court of its area (domain.md §1.4, §1.6).
    for (const candidate of [...pool.values()]) {
      const basic = directory.find(candidate.courtId);
      if (!basic || basic.level !== 'basic') continue;
      const upper = directory.financialCourtFor(basic.divisionCode) ?? directory.intermediateFor(basic);
      pool.delete(candidate.courtId);
      if (!upper) continue;
      const reason: Finding = { code: 'level-intermediate', text: { zh: `标的额达到中级法院标准，由${basic.name}的上级法院管辖`, en: `The amount is at the intermediate level: the court above ${basic.name} hears it` }, citation: cite.level };
      const merged = pool.get(upper.id);
      if (merged) {
        merged.bases.push(...candidate.bases);
        merged.reasons.push(...candidate.reasons, reason);
        continue;
      }
      pool.set(upper.id, { ...candidate, courtId: upper.id, courtName: upper.name, divisionCode: upper.divisionCode, divisionPath: upper.divisionPath, reasons: [...candidate.reasons, reason], appeal: null });
    }
  }

  if (facts.whereaboutsUnknown) {
    warnings.push({ code: 'whereabouts-unknown', text: { zh: '被告下落不明：不适用小额诉讼和简易程序，须公告送达，适用普通程序且受理费不减半', en: 'The defendant’s whereabouts are unknown: no small claims or simplified procedure; service by public notice, ordinary procedure, full fee' }, citation: { zh: `${cite.cpl166.zh}；${cite.interp257.zh}`, en: `${cite.cpl166.en}; ${cite.interp257.en}` } });
  }
  if (pool.size > 1) {
    warnings.push({ code: 'plaintiff-chooses', text: { zh: '两个以上法院都有管辖权的，原告可以选择其中一个法院起诉；最先立案的法院管辖', en: 'Where several courts have jurisdiction the plaintiff chooses; the first to docket keeps the case' }, citation: cite.cpl36 });
  }

  const basisOrder = (c: Candidate) => Math.min(...c.bases.map((b) => candidateBases.indexOf(b)));
  const candidates = [...pool.values()]
    .sort((a, b) => standingOrder[a.standing] - standingOrder[b.standing] || basisOrder(a) - basisOrder(b) || a.courtId.localeCompare(b.courtId))
    .map((c, i) => ({ ...c, rank: i + 1 }));

  // The procedure follows the province of the court most likely to be chosen (its High Court's figure).
  const provinceCode = `${(candidates[0]?.divisionCode || registered.code || plaintiffDivision.code).slice(0, 2)}0000`;
  const threshold = thresholdOn(input.thresholds, provinceCode, filingDate);
  const procedure = chooseProcedure({ amountFen: input.amountFen, threshold, whereaboutsUnknown: facts.whereaboutsUnknown, consent: facts.smallClaimsConsent });

  return {
    filingDate, amountFen: input.amountFen,
    divisions: { registered, habitual, plaintiff: plaintiffDivision },
    candidates, ruledOut, warnings, level, procedure: { ...procedure, provinceCode },
  };
}
