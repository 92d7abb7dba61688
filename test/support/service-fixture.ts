import type { CaseInput } from '../../core/case/case-model';
import { demoAgent, demoCases, demoPlaintiff } from '../../electron/services/demo-data';
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
