/**
 * The completeness engine: runs a rule set (data, rule-set.ts) over one case's facts and says whether
 * the case is ready to file — no blocker findings — and why not, each finding with its legal basis,
 * its fix and the place in the app where it is fixed.
 */
import { limitationSummary } from '../claim/limitation';
import { checks } from './completeness-checks';
import type { CheckFailure } from './completeness-checks';
import type { Finding, ReadinessFacts, ReadinessReport } from './readiness-model';
import type { RuleCheck, RuleSet } from './rule-set';

function runCheck(check: RuleCheck, facts: ReadinessFacts): CheckFailure[] {
  // Each check is typed by its own variant; the table lookup loses that link, so it is restored here.
  const fn = checks[check.type] as (c: RuleCheck, f: ReadinessFacts) => CheckFailure[];
  return fn(check, facts);
}

/** Evaluates every rule; blockers first, then warnings, in rule-file order. */
export function evaluateReadiness(rules: RuleSet, facts: ReadinessFacts): ReadinessReport {
  const findings: Finding[] = [];
  const passed: ReadinessReport['passed'] = [];
  for (const rule of rules.rules) {
    const failures = runCheck(rule.check, facts);
    if (failures.length === 0) passed.push({ ruleId: rule.id, title: rule.title });
    for (const failure of failures) {
      findings.push({
        ruleId: rule.id, severity: rule.severity, title: rule.title, message: failure.message,
        basis: rule.basis, fix: rule.fix,
        target: { place: rule.fixAt, ...failure.target },
      });
    }
  }
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocker' ? -1 : 1));
  const blockers = findings.filter((f) => f.severity === 'blocker').length;
  return {
    caseId: facts.caseId, caseType: rules.caseType, ruleSetVersion: rules.version,
    ready: blockers === 0, blockers, warnings: findings.length - blockers, findings, passed,
    limitation: limitationSummary(facts.limitation),
  };
}
