import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../core/contract';
import { evaluateReadiness } from '../../core/evidence/completeness-engine';
import type { ReadinessReport } from '../../core/evidence/readiness-model';
import { ruleSet } from '../../core/evidence/rule-set';
import type { RuleSet } from '../../core/evidence/rule-set';
import { DossierError } from '../../core/errors';
import { createCaseListStateRepository } from '../db/case-list-state-repository';
import { createCaseRepository } from '../db/case-repository';
import { createEvidenceSettingsRepository } from '../db/evidence-settings-repository';
import { createCaseFacts } from './readiness-facts';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Loads and checks the rule set of a case type from templates/rules/<type>.json (data, never code). */
export function loadRuleSet(templatesDir: string, caseType = 'credit-card'): RuleSet {
  const path = join(templatesDir, 'rules', `${caseType}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DossierError('template-error', { zh: `无法读取规则文件 ${path}`, en: `Cannot read the rule file ${path}: ${String(error)}` }, { file: path });
  }
  const parsed = ruleSet.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DossierError('template-error', {
      zh: `规则文件有误：${path}（${issue?.path.join('.')}：${issue?.message}）`,
      en: `Invalid rule file ${path} (${issue?.path.join('.')}: ${issue?.message})`,
    }, { file: path });
  }
  return parsed.data;
}

/** Handlers for readiness to file: one case, a filtered list, and the settings. */
export function createReadinessHandlers(context: ServiceContext) {
  const facts = createCaseFacts(context);
  const cases = createCaseRepository(context.db);
  const settings = createEvidenceSettingsRepository(context.db);

  const listStates = createCaseListStateRepository(context.db);
  const clock = clockOf(context);

  // Every check leaves its outcome for the case list's 立案检查 column, so the list never re-runs the rules; a batch
  // worker reads the database read-only and leaves that to the batch runner.
  function check(caseId: number): ReadinessReport {
    const report = evaluateReadiness(loadRuleSet(context.templatesDir), facts.readinessFacts(caseId));
    if (!context.db.readonly) listStates.recordReadiness(caseId, report, clock.timestamp());
    return report;
  }

  return {
    'readiness:check': ({ caseId }) => check(caseId),
    'readiness:rules': () => loadRuleSet(context.templatesDir).rules.map(({ id, kind, severity, title }) => ({ id, kind, severity, title })),
    'readiness:list': ({ query, onlyNotReady, ruleId }) => {
      const rules = loadRuleSet(context.templatesDir);
      const checked: ReadinessReport[] = [];
      const rows = cases.summaries(query.trim()).map((summary) => {
        const report = evaluateReadiness(rules, facts.readinessFacts(summary.id));
        checked.push(report);
        return {
          caseId: summary.id, defendantName: summary.defendantName, ready: report.ready, blockers: report.blockers, warnings: report.warnings,
          findingRuleIds: [...new Set(report.findings.map((f) => f.ruleId))],
          findingTitles: [...new Map(report.findings.map((f) => [f.ruleId, f.title])).values()],
        };
      });
      const at = clock.timestamp();
      context.db.transaction(() => { for (const report of checked) listStates.recordReadiness(report.caseId, report, at); }).immediate();
      return rows.filter((row) => (!onlyNotReady || !row.ready) && (ruleId === '' || row.findingRuleIds.includes(ruleId)));
    },
    'readiness:get-settings': () => settings.get(),
    'readiness:save-settings': ({ settings: values }) => {
      settings.save(values);
      return settings.get();
    },
  } satisfies Partial<Handlers>;
}
