import { resolve } from 'node:path';
import { startBridge } from '../../bridge/bridge-server';
import type { Bridge } from '../../bridge/bridge-server';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { printValue } from '../cli-output';

/** `dossier serve`: the loopback bridge for browser tests and development; runs until interrupted. */
export const serveCommand: CliCommand = {
  words: ['serve'],
  usage: 'dossier serve [--db FILE] [--port N]\n    在本机回环地址上启动测试桥，供浏览器测试与开发使用 / Start the loopback test bridge',
  options: { port: { type: 'string' } },
  run: async (input) => {
    // The services exist before the bridge, so progress goes through a late-bound call to its event stream.
    let broadcast: Bridge['broadcast'] = () => undefined;
    const services = openCliServices(input.flags, { reportProgress: (event) => broadcast(event) });
    const port = stringFlag(input, 'port');
    const bridge = await startBridge({ handlers: services.handlers, rendererDir: resolve('out/renderer'), ...(port ? { port: Number(port) } : {}) });
    broadcast = bridge.broadcast;
    printValue(input.printer, { url: bridge.url }, ({ url }) => `测试桥已启动 Bridge listening: ${url}`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    await bridge.close();
    services.close();
  },
};
