/**
 * Keeps one service of `npm start` (the embedded PostgreSQL, the web server)
 * running: when it stops by itself it is started again after a growing
 * pause, each restart logged in one sentence, until it has failed too often
 * in a row; then the start gives up and says why. A service that stayed up
 * for `stableMs` starts counting its failures afresh.
 */
export interface SupervisedService {
  /** For the log: "The embedded PostgreSQL". */
  name: string;
  /** Resolves, with what happened ("its process ended"), when the running service stops by itself. */
  stopped: () => Promise<string>;
  /** Starts it again; rejects when it cannot. */
  restart: () => Promise<void>;
}

export interface SupervisorOptions {
  log: (message: string) => void;
  /** True once the whole app is being stopped: a stop then is expected, not a failure. */
  isStopping: () => boolean;
  /** The pause before each restart in a row; one more failure than there are pauses gives up. */
  delaysMs?: readonly number[];
  stableMs?: number;
  /** Injectable for tests: time passes only through these. */
  wait?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000] as const;
const STABLE_MS = 60_000;

/** Runs until the app stops (resolves undefined) or the service cannot be kept up (resolves the reason). */
export async function supervise(service: SupervisedService, options: SupervisorOptions): Promise<string | undefined> {
  const delays = options.delaysMs ?? RESTART_DELAYS_MS;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  let failures = 0;
  let upSince = now();
  let reason = await service.stopped();
  for (;;) {
    if (options.isStopping()) return undefined;
    if (now() - upSince >= (options.stableMs ?? STABLE_MS)) failures = 0;
    const delay = delays[failures];
    if (delay === undefined) return `${service.name} stopped ${failures + 1} times in a row (last: ${reason}); giving up.`;
    failures++;
    options.log(`${service.name} stopped (${reason}); starting it again in ${delay / 1000} s (attempt ${failures} of ${delays.length}).`);
    await wait(delay);
    if (options.isStopping()) return undefined;
    try {
      await service.restart();
      upSince = now();
      reason = await service.stopped();
    } catch (error) {
      // A failed start counts as the next stop, without waiting for one.
      upSince = now();
      reason = `it could not start: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
