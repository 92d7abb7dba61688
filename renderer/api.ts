import type { OperationInput, OperationName, OperationOutput, Result } from '../core/contract';

/**
 * The renderer's typed client for the contract. In the app it calls the functions the preload
 * script exposes on window.dossier (one per operation, over IPC); in a browser served by the
 * loopback bridge it POSTs to /api/<operation> with the token from the page's URL.
 */

type PreloadApi = { [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>> };

declare global {
  interface Window {
    dossier?: PreloadApi;
  }
}

function bridgeToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem('dossier-token', fromHash);
  return fromHash ?? sessionStorage.getItem('dossier-token') ?? '';
}

async function viaBridge<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': bridgeToken() },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    const text = `${response.status} ${await response.text()}`;
    return { ok: false, error: { code: 'internal', message: { zh: `连接服务失败：${text}`, en: `Bridge error: ${text}` }, details: [] } };
  }
  return (await response.json()) as Result<OperationOutput<K>>;
}

/** Calls one operation and returns its Result; never throws for a domain error. */
export function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
  const preload = window.dossier;
  if (preload) return preload[name](input);
  return viaBridge(name, input);
}
