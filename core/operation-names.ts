/**
 * The contract's operation names as plain data. The sandboxed preload script imports only this (it
 * cannot load packages such as zod); contract.ts checks at compile time that the list matches its table.
 */
export const operationNames = [
  'app:info',
  'organisation:list',
  'organisation:save',
  'organisation:delete',
  'agent:list',
  'agent:save',
  'agent:delete',
  'case:list',
  'case:get',
  'case:validate',
  'case:create',
  'case:update',
  'case:delete',
  'template:list',
  'document:generate',
  'document:list',
  'document:reveal',
] as const;

/** One operation's name. */
export type OperationNameListed = (typeof operationNames)[number];
