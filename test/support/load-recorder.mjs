// Preloaded with `node --import` by the CLI start test: records every module the process resolves (one URL a line)
// in the file named by DOSSIER_LOAD_LOG, to check what a command loads.
import { register } from 'node:module';

const hooks = `
  import { appendFileSync } from 'node:fs';
  export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    appendFileSync(process.env.DOSSIER_LOAD_LOG, resolved.url + '\\n');
    return resolved;
  }`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
