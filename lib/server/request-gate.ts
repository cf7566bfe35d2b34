/**
 * Who may start now: a request scheduler for one app process.
 *
 * Node runs every request on one thread, so 50 page views in flight take
 * turns with everything else: a person's "I'll stay home" would wait for
 * dozens of renders at each of its database round trips. The gate keeps
 * reads (GET) to a few at a time, queued in arrival order, and lets writes
 * (every other method) start at once. While a write is in flight only one
 * read may run, so writes stay fast under any read load and reads still
 * move while writes keep coming.
 *
 * A queued read starts when another request ends, from that request's
 * "close" event, so without care it would run inside the async context of
 * the request that made room. Next.js keeps each request's state in
 * AsyncLocalStorage and every request's work store snapshots the context
 * it began in (`runInCleanSnapshot`): each request would hold the one
 * before it, and a steady page load built one unbounded chain of finished
 * requests (1.3 MB a second, out of memory under a 256 MB heap). A read
 * therefore starts in the context of the request that queued it.
 */
import { AsyncResource } from "node:async_hooks";

export interface RequestGateOptions {
  /** Reads in flight at most when no write is. */
  reads: number;
  /** Reads in flight at most while a write is (at least 1, so reads never starve). */
  readsDuringWrites?: number;
}

export class RequestGate {
  private readonly reads: number;
  private readonly readsDuringWrites: number;
  private readsInFlight = 0;
  private writesInFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: RequestGateOptions) {
    if (!Number.isInteger(options.reads) || options.reads < 1) throw new RangeError("reads must be a whole number, 1 or more");
    this.reads = options.reads;
    this.readsDuringWrites = Math.max(1, Math.min(options.readsDuringWrites ?? 1, this.reads));
  }

  /** Runs `start` when a read may go; call the returned function once the read is done. */
  read(start: (done: () => void) => void): void {
    const startInOwnContext = AsyncResource.bind(start);
    this.waiting.push(() => startInOwnContext(this.once(() => this.readsInFlight--)));
    this.pump();
  }

  /** Starts a write now; call the returned function once it is done. */
  write(): () => void {
    this.writesInFlight++;
    return this.once(() => this.writesInFlight--);
  }

  /** Reads waiting for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private get readLimit(): number {
    return this.writesInFlight > 0 ? this.readsDuringWrites : this.reads;
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.readsInFlight < this.readLimit) {
      this.readsInFlight++;
      (this.waiting.shift() as () => void)();
    }
  }

  /** A done callback that counts once however often it is called (a response can both finish and close). */
  private once(release: () => void): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
      this.pump();
    };
  }
}

/**
 * How a request passes the gate: the app's static files and health check
 * pass straight through (cheap, and a load balancer's probe must not queue),
 * GET and HEAD are reads, anything else is a write.
 */
export function gateLane(method: string | undefined, url: string | undefined): "read" | "write" | "pass" {
  const pathname = (url ?? "/").split("?")[0] as string;
  if (pathname.startsWith("/_next/static/") || pathname === "/api/health" || pathname === "/favicon.ico") return "pass";
  return method === "GET" || method === "HEAD" || method === undefined ? "read" : "write";
}
