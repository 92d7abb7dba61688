import { resolve } from 'node:path';
import { startBridge } from '../../bridge/bridge-server';
import type { Bridge } from '../../bridge/bridge-server';
import { openAppServices } from '../../services/open-app-services';
import { cliStoreLocation } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandRun } from '../cli-command';
import { printValue } from '../cli-output';

/** `dossier serve`: the loopback bridge for browser tests and development; runs until interrupted. */
export const runServe: CommandRun = async (input) => {
    // The services exist before the bridge, so progress goes through a late-bound call to its event stream.
    let broadcast: Bridge['broadcast'] = () => undefined;
    // Like the app: an encrypted store starts locked and the page shows the unlock screen.
    const services = openAppServices({ ...cliStoreLocation(input.flags), actor: 'cli', reportProgress: (event) => broadcast(event) });
    const port = stringFlag(input, 'port');
    const bridge = await startBridge({ handlers: services.handlers, rendererDir: resolve('out/renderer'), ...(port ? { port: Number(port) } : {}) });
    broadcast = bridge.broadcast;
    printValue(input.printer, { url: bridge.url }, ({ url }) => `测试桥已启动 Bridge listening: ${url}`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    await bridge.close();
    services.close();
  };
