import type { Handlers, OperationName, OperationOutput, ParsedInput } from '../../core/contract';
import type { ServiceContext } from './service-context';

/** What builds one area's handlers (createCaseHandlers …). */
type AreaFactory = (context: ServiceContext) => Partial<Handlers>;

/** The names an area serves; the check makes a handler missing from the list a compile error. */
type AllNames<F extends AreaFactory, N extends readonly OperationName[]> = Exclude<keyof ReturnType<F>, N[number]> extends never ? N : never;

/** An area's handlers as the handler map holds them: each awaits the area, then calls the area's own handler. */
type LazyHandlers<N extends OperationName> = { [K in N]: (input: ParsedInput<K>) => Promise<OperationOutput<K>> };

/**
 * Handlers for the operations one area serves, each importing the area's module on its first call and building
 * the area's handlers once. A command that lists cases then loads neither docx, pdf-lib, exceljs nor harfbuzz.
 */
function lazyArea<F extends AreaFactory, const N extends readonly (keyof ReturnType<F> & OperationName)[]>(
  context: ServiceContext, load: () => Promise<F>, names: N & AllNames<F, N>,
): LazyHandlers<N[number]> {
  let area: Promise<Partial<Handlers>> | undefined;
  const handlers = () => (area ??= load().then((create) => create(context)));
  return Object.fromEntries(names.map((name) => [name, async (input: unknown) => ((await handlers())[name] as (input: unknown) => unknown)(input)])) as LazyHandlers<N[number]>;
}

/**
 * The full handler map, built lazily per area; `satisfies Handlers` makes a missing or mistyped handler a compile
 * error, and each area's list of names is checked against what that area's module defines.
 */
export function createHandlers(context: ServiceContext): Handlers {
  const handlers: Handlers = {
    'app:info': () => ({ version: context.appVersion, dataDir: context.dataDir, databasePath: context.databasePath, locked: false }),
    ...lazyArea(context, async () => (await import('./profile-service')).createProfileHandlers, ['organisation:list', 'organisation:save', 'organisation:delete', 'agent:list', 'agent:save', 'agent:delete']),
    ...lazyArea(context, async () => (await import('./case-service')).createCaseHandlers, ['case:list', 'case:get', 'case:validate', 'case:create', 'case:update', 'case:delete']),
    ...lazyArea(context, async () => (await import('./case-list-service')).createCaseListHandlers, ['case:query', 'case:query-ids', 'case:archive', 'case:unarchive', 'case:export']),
    ...lazyArea(context, async () => (await import('./case-overview-service')).createCaseOverviewHandlers, ['case:overview']),
    ...lazyArea(context, async () => (await import('./document-service')).createDocumentHandlers, ['document:generate', 'document:inputs', 'document:set', 'document:list', 'document:reveal']),
    ...lazyArea(context, async () => (await import('./document-file-actions')).createDocumentFileHandlers, ['document:open', 'document:content', 'document:delete']),
    ...lazyArea(context, async () => (await import('./template-service')).createTemplateHandlers, ['template:list', 'template:get', 'template:validate', 'template:save-version', 'template:preview']),
    ...lazyArea(context, async () => (await import('./form-service')).createFormHandlers, ['form:list', 'form:import', 'form:fields', 'form:save-mapping', 'form:fill']),
    ...lazyArea(context, async () => (await import('./evidence-service')).createEvidenceHandlers, ['evidence:list', 'evidence:add', 'evidence:add-many', 'evidence:update', 'evidence:delete', 'evidence:content', 'evidence:match-files']),
    ...lazyArea(context, async () => (await import('./audit-service')).createAuditHandlers, ['audit:verify', 'audit:export', 'evidence:verify']),
    ...lazyArea(context, async () => (await import('./contact-service')).createContactHandlers, ['contact:list', 'contact:save', 'contact:delete', 'contact:import']),
    ...lazyArea(context, async () => (await import('./ledger-service')).createLedgerHandlers, ['ledger:list', 'ledger:preview', 'ledger:import', 'ledger:add-entry', 'ledger:delete-entry', 'ledger:set-balances']),
    ...lazyArea(context, async () => (await import('./claim-service')).createClaimHandlers, ['claim:get-terms', 'claim:save-terms', 'claim:compute']),
    ...lazyArea(context, async () => (await import('./limitation-service')).createLimitationHandlers, ['limitation:compute', 'limitation:calc', 'limitation:list-events', 'limitation:save-event', 'limitation:delete-event']),
    ...lazyArea(context, async () => (await import('./holiday-service')).createHolidayHandlers, ['holiday:get', 'holiday:add-year', 'holiday:set-day', 'holiday:clear-day', 'holiday:set-weekends']),
    ...lazyArea(context, async () => (await import('./readiness-service')).createReadinessHandlers, ['readiness:check', 'readiness:rules', 'readiness:list', 'readiness:get-settings', 'readiness:save-settings']),
    ...lazyArea(context, async () => (await import('./court-service')).createCourtHandlers, ['court:search', 'court:get', 'court:save', 'court:delete', 'court:reset', 'court:info', 'court:export', 'court:import', 'division:match', 'division:search']),
    ...lazyArea(context, async () => (await import('./jurisdiction-service')).createJurisdictionHandlers, ['jurisdiction:get', 'jurisdiction:save', 'jurisdiction:choose', 'jurisdiction:override']),
    ...lazyArea(context, async () => (await import('./procedure-service')).createProcedureHandlers, ['fee:calculate', 'procedure:calculate', 'threshold:list', 'threshold:save', 'threshold:delete']),
    ...lazyArea(context, async () => (await import('./tracking-service')).createTrackingHandlers, ['tracking:get', 'tracking:cases', 'tracking:set-owner', 'event:add', 'event:add-batch', 'event:undo', 'event:reveal-attachment']),
    ...lazyArea(context, async () => (await import('./deadline-service')).createDeadlineHandlers, ['deadline:list', 'deadline:export-calendar', 'calc:enforcement-deadline']),
    ...lazyArea(context, async () => (await import('./settlement-service')).createSettlementHandlers, ['settlement:save', 'settlement:get', 'settlement:delete']),
    ...lazyArea(context, async () => (await import('./recovery-service')).createRecoveryHandlers, ['recovery:add', 'recovery:delete', 'calc:delay-interest']),
    ...lazyArea(context, async () => (await import('./dashboard-service')).createDashboardHandlers, ['dashboard:get', 'dashboard:export', 'derived:status']),
    ...lazyArea(context, async () => (await import('./bundle-service')).createBundleHandlers, ['bundle:plan', 'bundle:build', 'bundle:preview']),
    ...lazyArea(context, async () => (await import('./case-import-service')).createCaseImportHandlers, ['import:preview', 'import:cases', 'import:profiles', 'import:save-profile', 'import:delete-profile']),
    ...lazyArea(context, async () => (await import('../backup/backup-handlers')).createBackupHandlers, ['backup:create', 'backup:list', 'backup:restore']),
    ...lazyArea(context, async () => (await import('./settings-service')).createSettingsHandlers, ['settings:get', 'settings:save', 'settings:choose-data-folder', 'app:relaunch']),
    ...lazyArea(context, async () => (await import('./encryption-service')).createEncryptionHandlers, ['encryption:status', 'encryption:unlock', 'encryption:enable', 'encryption:change-passphrase', 'encryption:disable']),
    ...lazyArea(context, async () => {
      const { createBatchHandlers } = await import('./batch-service');
      // Batch steps call other operations (readiness, court choice) through the same map.
      return (c: ServiceContext) => createBatchHandlers(c, () => handlers);
    }, ['batch:start', 'batch:list', 'batch:status', 'batch:cases', 'batch:pause', 'batch:resume', 'batch:cancel']),
  } satisfies Handlers;
  return handlers;
}
