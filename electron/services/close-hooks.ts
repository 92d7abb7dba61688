import type { ServiceContext } from './service-context';

const hooks = new WeakMap<ServiceContext, (() => void)[]>();

/** Registers work to stop before a context's database closes (a background job between its chunks). */
export function onServicesClose(context: ServiceContext, stop: () => void): void {
  const list = hooks.get(context) ?? [];
  list.push(stop);
  hooks.set(context, list);
}

/** Runs and forgets the context's close hooks; the services call it just before closing the database. */
export function runCloseHooks(context: ServiceContext): void {
  const list = hooks.get(context) ?? [];
  hooks.delete(context);
  for (const stop of list) stop();
}
