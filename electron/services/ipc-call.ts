import type { Handlers, Result } from '../../core/contract';
import { DossierError, toErrorPayload } from '../../core/errors';
import { dispatch } from './dispatch';

/** The parts of an IPC event the sender check needs (structural, so this runs and is tested without Electron). */
export type IpcSender = { sender: unknown; senderFrame: unknown };
/** The trusted window's web contents: the sender must be it, and the frame its main frame. */
export type TrustedContents = { mainFrame: unknown };

/**
 * Handles one IPC call: refuses a sender other than our window's main frame (an iframe or another
 * window), then dispatches to the operation's handler, which parses the input with its zod schema.
 */
export function handleIpcCall(
  handlers: Handlers,
  trusted: TrustedContents | undefined,
  event: IpcSender,
  name: string,
  input: unknown,
): Promise<Result<unknown>> {
  if (!trusted || event.sender !== trusted || event.senderFrame !== trusted.mainFrame) {
    const refused = new DossierError('forbidden', { zh: '拒绝来自未知页面的请求', en: 'Request from an unknown page refused' });
    return Promise.resolve({ ok: false, error: toErrorPayload(refused) });
  }
  return dispatch(handlers, name, input);
}
