/**
 * A batch run in a process of its own, for the kill-and-resume test: `batch-child DB DATA_DIR CLOCK start OUT ID,ID…`
 * starts a job over the cases into OUT, `… resume JOB_ID` continues one; either runs to the end, one worker thread,
 * every document dated with the fixed CLOCK (so two runs can be compared byte for byte). Prints the job id first.
 */
import { batchRunnerOf } from '../../electron/services/batch-service';
import { openServices } from '../../electron/services/open-services';

const [databasePath, dataDir, clock, mode, ...rest] = process.argv.slice(2) as [string, string, string, 'start' | 'resume', ...string[]];
const services = openServices({ dataDir, databasePath, actor: 'test', now: () => new Date(clock) });
const runner = batchRunnerOf(services.context)!;
runner.setThreads(1);
const job = await (mode === 'start'
  ? services.handlers['batch:start']({ filter: {}, caseIds: rest[1]!.split(',').map(Number), outputs: ['complaint', 'evidence-list', 'bundle'], outDir: rest[0]! })
  : services.handlers['batch:resume']({ jobId: rest[0]! }));
process.stdout.write(`${job.id}\n`);
await runner.finished(job.id);
await runner.close();
services.close();
