import { dirname, resolve } from 'node:path';
import { openServices } from '../services/open-services';
import type { OpenServicesOptions } from '../services/open-services';
import { defaultDataDir } from '../services/default-data-dir';

/** Opens the services for a CLI command from its --db / --data-dir flags (`serve` adds where progress goes). */
export function openCliServices(flags: { db?: string | undefined; 'data-dir'?: string | undefined }, extra: Pick<OpenServicesOptions, 'reportProgress'> = {}) {
  const databasePath = flags.db ? resolve(flags.db) : undefined;
  const dataDir = flags['data-dir'] ? resolve(flags['data-dir']) : databasePath ? dirname(databasePath) : defaultDataDir();
  return openServices({ dataDir, actor: 'cli', ...extra, ...(databasePath ? { databasePath } : {}) });
}
