// Loads a TypeScript worker module inside a piscina worker thread: registers tsx, then hands piscina the
// module's default export. Used only where the app runs from source (tests, the tsx-run CLI).
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { workerData } from 'piscina';

register();
const loaded = await import(pathToFileURL(workerData.entry).href);
export default loaded.default;
