// Kamailio from the recipe (test/fixtures/sip/kamailio.cfg): registrar with
// in-memory location, SIP over UDP 127.0.0.1:5060 and WebSocket
// ws://127.0.0.1:8080, optional digest auth (password = "pw" + user) and
// optional rtpengine media bridge. One per test namespace.
import { join } from 'node:path';
import { projectRoot } from '../browser-host';
import type { LoopbackNamespace } from './netns';
import { startServer } from './processes';
import type { ServerProcess } from './processes';

export const KAMAILIO_CFG = join(projectRoot, 'test', 'fixtures', 'sip', 'kamailio.cfg');
export const SIP_WS_URL = 'ws://127.0.0.1:8080';
export const SIP_DOMAIN = '127.0.0.1';

/** The password the test config accepts for `user` when digest auth is on. */
export const passwordFor = (user: string) => `pw${user}`;

export interface KamailioOptions {
  readonly auth?: boolean;
  readonly rtpengine?: boolean;
}

export interface Kamailio {
  readonly process: ServerProcess;
  stop(): Promise<void>;
  /** Stops and starts again on the same ports (registrations are lost: usrloc is in memory). */
  restart(): Promise<void>;
  pause(): void;
  resume(): void;
  log(): string;
}

export async function startKamailio(ns: LoopbackNamespace, options: KamailioOptions = {}): Promise<Kamailio> {
  const args = ['-f', KAMAILIO_CFG, '-DD', '-E', '-m', '64', '-M', '8', '-P', join(ns.workDir, 'kamailio.pid')];
  if (options.auth) args.push('-A', 'WITH_AUTH');
  if (options.rtpengine) args.push('-A', 'WITH_RTPENGINE');
  const launch = async () => {
    const proc = startServer(ns, 'kamailio', 'kamailio', args);
    try {
      await ns.waitForPort('tcp', 8080);
      await ns.waitForPort('udp', 5060);
    } catch (error) {
      await proc.stop();
      throw new Error(`${(error as Error).message}\nkamailio log:\n${proc.log().slice(-3000)}`, { cause: error });
    }
    return proc;
  };
  let proc = await launch();
  return {
    get process() {
      return proc;
    },
    stop: () => proc.stop(),
    async restart() {
      await proc.stop();
      await ns.waitForPortFree('tcp', 8080);
      proc = await launch();
    },
    pause: () => proc.pause(),
    resume: () => proc.resume(),
    log: () => proc.log(),
  };
}

/** rtpengine (userspace only) for plain RTP (sipp) <-> WebRTC (Chromium); start it before Kamailio. */
export async function startRtpengine(ns: LoopbackNamespace): Promise<ServerProcess> {
  const proc = startServer(ns, 'rtpengine', 'rtpengine', [
    '--config-file=none',
    '--foreground',
    '--log-stderr',
    '--table=-1',
    '--interface=127.0.0.1',
    '--listen-ng=127.0.0.1:2223',
    '--port-min=30000',
    '--port-max=30200',
  ]);
  await ns.waitForPort('udp', 2223);
  return proc;
}
