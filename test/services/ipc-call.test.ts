import { describe, expect, it } from 'vitest';
import { handleIpcCall } from '../../electron/services/ipc-call';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('handleIpcCall', () => {
  const mainFrame = { name: 'main frame' };
  const window = { mainFrame };

  it('serves our window main frame', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const result = await handleIpcCall(handlers, window, { sender: window, senderFrame: mainFrame }, 'organisation:list', {});
    expect(result).toEqual({ ok: true, value: [] });
    close();
  });

  it('refuses a subframe, another window, or a call before the window exists', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const calls = [
      handleIpcCall(handlers, window, { sender: window, senderFrame: { name: 'iframe' } }, 'organisation:list', {}),
      handleIpcCall(handlers, window, { sender: { mainFrame: {} }, senderFrame: mainFrame }, 'organisation:list', {}),
      handleIpcCall(handlers, undefined, { sender: window, senderFrame: mainFrame }, 'organisation:list', {}),
    ];
    for (const result of await Promise.all(calls)) expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    close();
  });

  it('validates input with the operation schema before any handler runs', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const result = await handleIpcCall(handlers, window, { sender: window, senderFrame: mainFrame }, 'case:delete', { id: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'id' } });
    close();
  });
});
