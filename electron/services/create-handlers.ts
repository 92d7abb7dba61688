import type { Handlers } from '../../core/contract';
import { createCaseHandlers } from './case-service';
import { createDocumentHandlers } from './document-service';
import { createProfileHandlers } from './profile-service';
import type { ServiceContext } from './service-context';

/** The full handler map; `satisfies Handlers` makes a missing or mistyped handler a compile error. */
export function createHandlers(context: ServiceContext): Handlers {
  return {
    'app:info': () => ({ version: context.appVersion, dataDir: context.dataDir, databasePath: context.databasePath }),
    ...createProfileHandlers(context),
    ...createCaseHandlers(context),
    ...createDocumentHandlers(context),
  } satisfies Handlers;
}
