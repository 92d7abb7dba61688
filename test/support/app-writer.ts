/**
 * A long-running writer standing in for the open app: `app-writer DB DATA_DIR CASE_ID` opens the services once, keeps
 * that connection for its whole life, and records a note on CASE_ID every 20 ms until its stdin closes; then it
 * prints how many writes succeeded and the first failures.
 */
import { dispatch } from '../../electron/services/dispatch';
import { openServices } from '../../electron/services/open-services';

const [databasePath, dataDir, caseId] = process.argv.slice(2) as [string, string, string];
const services = openServices({ dataDir, databasePath, actor: 'app' });
let stopping = false;
process.stdin.on('end', () => (stopping = true));
process.stdin.resume();
process.stdout.write('open\n');
let succeeded = 0;
const failures: string[] = [];
while (!stopping) {
  const result = await dispatch(services.handlers, 'event:add', { caseId: Number(caseId), event: { type: 'note', date: '2026-11-20', note: `app-${succeeded + failures.length}`, details: {} } });
  if (result.ok) succeeded += 1;
  else failures.push(`${result.error.code}: ${result.error.message.en}`);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
services.close();
process.stdout.write(JSON.stringify({ succeeded, failed: failures.length, failures: failures.slice(0, 5) }));
