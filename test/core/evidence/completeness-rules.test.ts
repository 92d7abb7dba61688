/**
 * The credit-card rule set (templates/rules/credit-card.json) over hand-built facts: one fixture that
 * passes every rule, and for every rule a change to it that makes that rule — and only that rule — fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { computeClaim } from '../../../core/claim/claim-breakdown';
import type { ClaimLedgerEntry } from '../../../core/claim/claim-breakdown';
import { computeLimitation } from '../../../core/claim/limitation';
import { evaluateReadiness } from '../../../core/evidence/completeness-engine';
import { contactLimitationEvents } from '../../../core/evidence/contact-demand';
import { contactFlags } from '../../../core/evidence/contact-flags';
import { contactInput } from '../../../core/evidence/contact-model';
import type { ContactInput, ContactRecord } from '../../../core/evidence/contact-model';
import type { EvidenceKind } from '../../../core/evidence/evidence-kinds';
import { evidenceMetaInput } from '../../../core/evidence/evidence-model';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import type { ReadinessFacts } from '../../../core/evidence/readiness-model';
import type { AddressedCourtFacts } from '../../../core/court/addressed-court';
import { ruleSet } from '../../../core/evidence/rule-set';
import { makeResidentId } from '../../support/identities';

const rules = ruleSet.parse(JSON.parse(readFileSync(new URL('../../../templates/rules/credit-card.json', import.meta.url), 'utf8')));
const calendar = JSON.parse(readFileSync(new URL('../../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;
const residentId = makeResidentId('530102', '1986-04-12', '002');

let nextId = 1;
function item(kind: EvidenceKind, extra: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    ...evidenceMetaInput.parse({ kind }), id: nextId++, caseId: 1, title: kind, fileName: `${kind}.pdf`, fileType: 'pdf', mimeType: 'application/pdf',
    sizeBytes: 1000, sha256: 'a'.repeat(64), pageCount: 1, addedAt: '2026-11-01T10:00:00.000+08:00', ...extra,
  };
}
function contact(values: Partial<ContactInput>, id = nextId++): ContactRecord {
  return { id, caseId: 1, ...contactInput.parse({ occurredAt: '2026-03-01 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', deliveryProof: 'signed-receipt', notes: '邮寄催收函', ...values }) };
}

const ledger: ClaimLedgerEntry[] = [
  { date: '2025-03-01', type: 'consumption', amountFen: 1_000_000, description: '消费' },
  { date: '2025-08-20', type: 'interest', amountFen: 30_000, description: '透支利息' },
];

type Scenario = {
  evidence: EvidenceItem[];
  contacts: ContactRecord[];
  entries: ClaimLedgerEntry[];
  terms: Record<string, unknown>;
  claim: ReadinessFacts['claim'];
  hasAgent: boolean;
  defendantName: string;
  filingDate: string;
  dueDate: string;
  court: AddressedCourtFacts;
  /** Complaint items left open (derived from the records in test/core/documents/complaint-answers.test.ts). */
  complaintItems?: ReadinessFacts['complaintItems'];
};

/** The documents address the defendant's domicile court; the advisor ruled out 官渡区 (no proven habitual residence). */
const kunmingCourts: AddressedCourtFacts = {
  addressedName: '昆明市盘龙区人民法院',
  candidates: [{ courtName: '昆明市盘龙区人民法院' }, { courtName: '昆明市五华区人民法院' }],
  ruledOut: [{ courtName: '昆明市官渡区人民法院', reasons: [{ code: 'habitual-unproven', text: { zh: '未填写在经常居住地连续居住的起始日期，无法确认已满一年；按户籍地确定管辖', en: 'No start date of residence; domicile decides' }, citation: { zh: '《民诉法解释》第四条', en: 'Interp art. 4' } }] }],
  override: null,
};

function readyScenario(): Scenario {
  const letterProof = item('contact-record');
  return {
    evidence: [
      item('application-form', { recordedName: '李晓梅', recordedIdNumber: residentId }),
      item('card-agreement', { hasKeyTermNotice: true }),
      item('identity'),
      item('statement', { periodFrom: '2025-03-01', periodTo: '2025-10-31' }),
      item('arrears-calculation'),
      letterProof,
      item('licence'),
      item('power-of-attorney'),
    ],
    contacts: [contact({ proofEvidenceId: letterProof.id })],
    entries: ledger,
    terms: { dueDate: '2025-06-19', interestBookedThrough: '2025-10-31' },
    claim: { asOfDate: '2025-10-31', principalFen: 1_000_000, interestFen: 30_000, penaltyFen: 0, feesFen: 0 },
    hasAgent: true,
    defendantName: '李晓梅',
    filingDate: '2026-11-28',
    dueDate: '2025-06-19',
    court: kunmingCourts,
  };
}

function factsOf(s: Scenario): ReadinessFacts {
  const terms = cardTermsInput.parse(s.terms);
  const flags = contactFlags(s.contacts, 6);
  const breakdown = s.entries.length > 0 ? computeClaim({ asOf: s.claim.asOfDate, entries: s.entries, terms, firstDefaultDate: '' }) : null;
  const limitation = computeLimitation({
    start: s.dueDate ? { date: s.dueDate, basis: { zh: '到期还款日', en: 'Due date' } } : null,
    events: contactLimitationEvents(s.contacts, (id) => flags.get(id) ?? []),
    calendar, filingDate: s.filingDate,
  });
  return {
    caseId: 1, filingDate: s.filingDate, defendant: { name: s.defendantName, residentId }, claim: s.claim, hasAgent: s.hasAgent,
    claimFromBreakdown: false, evidence: s.evidence, ledgerEntryCount: s.entries.length, breakdown, limitation,
    contacts: s.contacts.map((record) => ({ record, flags: flags.get(record.id) ?? [] })),
    court: s.court,
    complaintItems: s.complaintItems ?? [],
  };
}

const failing = (s: Scenario) => [...new Set(evaluateReadiness(rules, factsOf(s)).findings.map((f) => f.ruleId))].filter((id) => id !== 'holiday-calendar');
const without = (s: Scenario, kind: EvidenceKind) => ({ ...s, evidence: s.evidence.filter((e) => e.kind !== kind) });

/** For each rule, the change that makes it fail. */
const breakers: Record<string, (s: Scenario) => Scenario> = {
  'required-evidence': (s) => without(s, 'identity'),
  'identity-consistent': (s) => ({ ...s, evidence: s.evidence.map((e) => (e.kind === 'application-form' ? { ...e, recordedIdNumber: makeResidentId('530102', '1986-04-12', '004') } : e)) }),
  'statements-cover-claim-date': (s) => ({ ...s, evidence: s.evidence.map((e) => (e.kind === 'statement' ? { ...e, periodTo: '2025-09-30' } : e)) }),
  'principal-reconciles': (s) => ({ ...s, claim: { ...s.claim, principalFen: 1_000_001 } }),
  'delivered-demand': (s) => ({ ...s, contacts: s.contacts.map((c) => ({ ...c, deliveryProof: 'postal-tracking' as const, trackingNumber: 'EA1', deliveryStatus: 'returned' as const })) }),
  'limitation-running': (s) => ({ ...s, dueDate: '2022-06-19', contacts: [], evidence: s.evidence }),
  'key-term-notice': (s) => ({ ...s, evidence: s.evidence.map((e) => (e.kind === 'card-agreement' ? { ...e, hasKeyTermNotice: false } : e)) }),
  'power-of-attorney': (s) => without(s, 'power-of-attorney'),
  'plaintiff-licence': (s) => without(s, 'licence'),
  'no-flagged-contacts': (s) => ({ ...s, contacts: [...s.contacts, contact({ channel: 'phone', occurredAt: '2026-03-02 23:30', deliveryProof: 'call-recording', proofEvidenceId: s.evidence.find((e) => e.kind === 'contact-record')!.id })] }),
  'combined-rate': (s) => ({ ...s, entries: [...s.entries, { date: '2025-09-01', type: 'penalty', amountFen: 300_000, description: '违约金' }], claim: { ...s.claim, penaltyFen: 300_000 } }),
  'barred-charges': (s) => ({ ...s, terms: { ...s.terms, removeBarredCharges: false }, entries: [...s.entries, { date: '2025-09-01', type: 'fee', amountFen: 500, description: '超限费' }], claim: { ...s.claim, feesFen: 500 } }),
  'claim-matches-breakdown': (s) => ({ ...s, claim: { ...s.claim, interestFen: 29_999 } }),
  'holiday-calendar': (s) => s,
  'addressed-court': (s) => ({ ...s, court: { ...s.court, addressedName: '昆明市官渡区人民法院' } }),
  'complaint-items-answered': (s) => ({ ...s, complaintItems: [{ item: { zh: '事实和理由第6项（通知和催收）', en: 'Facts item 6' }, wanted: { zh: '登记催收记录', en: 'Record the demands' } }] }),
};

describe('credit-card completeness rules', () => {
  it('has a breaking fixture for every rule in the file, and every rule shows its basis and fix', () => {
    expect(Object.keys(breakers).sort()).toEqual(rules.rules.map((r) => r.id).sort());
    for (const rule of rules.rules) {
      expect(rule.basis.zh.length).toBeGreaterThan(5);
      expect(rule.fix.en.length).toBeGreaterThan(5);
    }
  });

  it('no title, basis or fix shows an internal note, tag or rule id', () => {
    const ids = rules.rules.map((r) => r.id);
    for (const rule of rules.rules) {
      for (const text of [rule.title, rule.basis, rule.fix].flatMap((b) => [b.zh, b.en])) {
        expect(text).not.toMatch(/domain\.md|§|\[[PSU]\]/);
        for (const id of ids) expect(text).not.toContain(id);
      }
    }
  });

  it('the ready fixture passes every rule (the calendar rule warns: 2028 is not yet announced)', () => {
    const report = evaluateReadiness(rules, factsOf(readyScenario()));
    expect(report.ready).toBe(true);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['holiday-calendar']);
    expect(report.findings[0]!.severity).toBe('warning');
  });

  for (const rule of rules.rules.filter((r) => r.id !== 'holiday-calendar')) {
    it(`fails only "${rule.id}" (${rule.severity}) when that is broken`, () => {
      const broken = breakers[rule.id]!(readyScenario());
      const failed = failing(broken);
      // Breaking limitation also leaves no delivered demand inside the period: the two rules go together.
      expect(failed).toEqual(rule.id === 'limitation-running' ? ['delivered-demand', 'limitation-running'] : [rule.id]);
      const report = evaluateReadiness(rules, factsOf(broken));
      expect(report.ready).toBe(rule.severity === 'warning');
      const finding = report.findings.find((f) => f.ruleId === rule.id)!;
      expect(finding.basis).toEqual(rule.basis);
      expect(finding.target.place).toBeDefined();
    });
  }

  it('the calendar rule passes when the expiry year is covered', () => {
    const s = { ...readyScenario(), contacts: [], dueDate: '2023-06-19', filingDate: '2026-01-05', evidence: readyScenario().evidence };
    const report = evaluateReadiness(rules, factsOf(s));
    expect(report.findings.map((f) => f.ruleId)).not.toContain('holiday-calendar');
  });

  it('names the missing kind and links the finding to the evidence tab', () => {
    const report = evaluateReadiness(rules, factsOf(without(readyScenario(), 'identity')));
    const finding = report.findings.find((f) => f.ruleId === 'required-evidence')!;
    expect(finding.message.zh).toBe('缺少证据：身份证明');
    expect(finding.target).toEqual({ place: 'evidence', evidenceKind: 'identity' });
  });
});

describe('three kinds of finding', () => {
  const meritsBlocker = { id: 'x', kind: 'merits-risk', severity: 'blocker', title: { zh: '时效', en: 'Limitation' }, check: { type: 'limitation-not-expired' }, basis: { zh: '《民法典》第一百九十三条', en: 'CC art. 193' }, fix: { zh: '核对', en: 'Check' }, fixAt: 'readiness' };

  it('the rule-file schema refuses a merits risk that blocks, and a rule without a kind', () => {
    expect(ruleSet.safeParse({ caseType: 'credit-card', version: '1', rules: [meritsBlocker] }).success).toBe(false);
    expect(ruleSet.safeParse({ caseType: 'credit-card', version: '1', rules: [{ ...meritsBlocker, severity: 'warning' }] }).success).toBe(true);
    const { kind: _kind, ...kindless } = meritsBlocker;
    expect(ruleSet.safeParse({ caseType: 'credit-card', version: '1', rules: [{ ...kindless, severity: 'warning' }] }).success).toBe(false);
  });

  it('merits risks alone leave the case ready: they are listed under their own kind with basis and fix', () => {
    const s = breakers['key-term-notice']!(breakers['limitation-running']!(readyScenario()));
    const report = evaluateReadiness(rules, factsOf(s));
    expect(report.ready).toBe(true);
    expect(report.blockers).toBe(0);
    const [conditions, materials, risks] = report.groups;
    expect(report.groups.map((g) => g.kind)).toEqual(['filing-condition', 'filing-material', 'merits-risk']);
    expect(conditions!.findings).toEqual([]);
    expect(materials!.findings).toEqual([]);
    expect(risks!.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['key-term-notice', 'limitation-running', 'delivered-demand']));
    expect(risks!.blockers).toBe(0);
    for (const f of risks!.findings) expect(f.fix.zh.length).toBeGreaterThan(5);
  });

  it('a missing filing material blocks and is counted in its own group', () => {
    const report = evaluateReadiness(rules, factsOf(without(readyScenario(), 'licence')));
    expect(report.ready).toBe(false);
    const materials = report.groups.find((g) => g.kind === 'filing-material')!;
    expect(materials.blockers).toBe(1);
    expect(materials.findings[0]!.ruleId).toBe('plaintiff-licence');
    expect(report.groups.find((g) => g.kind === 'filing-condition')!.blockers).toBe(0);
  });
});

describe('the addressed court', () => {
  const finding = (court: AddressedCourtFacts) => evaluateReadiness(rules, factsOf({ ...readyScenario(), court })).findings.find((f) => f.ruleId === 'addressed-court');
  const guandu = { ...kunmingCourts, addressedName: '昆明市官渡区人民法院' };

  it('blocks as a filing condition when the documents address a court the advisor ruled out, naming it, the candidates and the reason', () => {
    const found = finding(guandu)!;
    expect(found).toMatchObject({ kind: 'filing-condition', severity: 'blocker', target: { place: 'jurisdiction' } });
    expect(found.message.zh).toContain('“昆明市官渡区人民法院”');
    expect(found.message.zh).toContain('候选法院：昆明市盘龙区人民法院、昆明市五华区人民法院');
    expect(found.message.zh).toContain('按户籍地确定管辖（《民诉法解释》第四条）');
  });

  it('passes for a candidate court', () => {
    expect(finding(kunmingCourts)).toBeUndefined();
    expect(finding({ ...kunmingCourts, addressedName: '昆明市五华区人民法院' })).toBeUndefined();
  });

  it('an override with a reason clears it only for the court it was given for', () => {
    expect(finding({ ...guandu, override: { courtName: '昆明市官渡区人民法院', reason: '被告已书面同意在官渡区法院应诉' } })).toBeUndefined();
    expect(finding({ ...guandu, override: { courtName: '昆明市西山区人民法院', reason: '另案' } })).toBeDefined();
    expect(finding({ ...guandu, override: { courtName: '昆明市官渡区人民法院', reason: ' ' } })).toBeDefined();
  });

  it('blocks when the case names no court', () => {
    expect(finding({ ...kunmingCourts, addressedName: '' })!.message.zh).toContain('案件未填写受诉法院');
  });
});
