import { caseInput } from '../../core/case/case-model';
import type { CaseInput } from '../../core/case/case-model';
import { demoAgent, demoCases, demoPlaintiff } from '../../electron/services/demo-data';
import { seedDemoEvidence, type DemoCall } from '../../electron/services/demo-evidence';
import { dispatch } from '../../electron/services/dispatch';
import { openServices } from '../../electron/services/open-services';
import type { ProgressEvent } from '../../core/progress';

/** Services over a real SQLite file in a temp folder, with a fixed clock (2026-11-28, China time). */
export function openTestServices(dataDir: string, now = () => new Date('2026-11-28T02:00:00Z')) {
  const revealed: string[] = [];
  const progress: ProgressEvent[] = [];
  const services = openServices({ dataDir, actor: 'test', now, revealFolder: (path) => revealed.push(path), reportProgress: (event) => progress.push(event) });
  return { ...services, revealed, progress };
}

/** Saves the demo plaintiff and agent and returns a valid case input that uses them. */
export async function seedProfiles(handlers: ReturnType<typeof openServices>['handlers']) {
  const plaintiff = await handlers['organisation:save']({ values: demoPlaintiff });
  const agent = await handlers['agent:save']({ values: demoAgent });
  const cases: CaseInput[] = demoCases(plaintiff.id, agent.id);
  return { plaintiff, agent, cases };
}

/** Services holding the three demo cases with their demo evidence, ledger and contacts, as `dossier demo` seeds them. */
export async function openDemoCaseServices(dataDir: string) {
  const services = openTestServices(dataDir);
  const { cases, plaintiff } = await seedProfiles(services.handlers);
  const call: DemoCall = async (name, input) => {
    const result = await dispatch(services.handlers, name, input);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  const fonts = await services.context.loadFonts();
  const ids: number[] = [];
  for (const [index, values] of cases.entries()) {
    const created = await services.handlers['case:create']({ values: caseInput.parse(values) });
    await seedDemoEvidence(call, index, created.id, fonts);
    ids.push(created.id);
  }
  return { ...services, ids, plaintiff };
}
