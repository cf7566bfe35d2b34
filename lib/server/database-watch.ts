import pg from "pg";

/**
 * Whether the database answers, checked once a second on one connection of
 * its own, so the web server can answer "back in a moment" at once while
 * the database is down (restarting, failing over) instead of letting every
 * request wait for a connection and fail.
 */
export interface DatabaseWatch {
  isUp(): boolean;
  stop(): Promise<void>;
}

const TIMEOUT_MS = 2_000;
// A check that only timed out may mean a busy process, not a missing database (a server starting up
// blocks its event loop for seconds): only so many in a row count as down. A refused or broken
// connection counts at once.
const TIMEOUTS_THAT_MEAN_DOWN = 3;

export function watchDatabase(connectionString: string, intervalMs = 1_000): DatabaseWatch {
  let up = true;
  let timeoutsInARow = 0;
  let client: pg.Client | undefined;
  let stopped = false;

  const check = async () => {
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
        // A working connection that breaks means the database went away: say so at once.
        let connected = false;
        const broke = () => {
          if (connected && !stopped) up = false;
        };
        fresh.on("error", broke);
        fresh.on("end", broke);
        client = fresh;
        await fresh.connect();
        connected = true;
      }
      await client.query("SELECT 1");
      up = true;
      timeoutsInARow = 0;
    } catch (error) {
      const timedOut = error instanceof Error && /timeout/i.test(error.message);
      timeoutsInARow = timedOut ? timeoutsInARow + 1 : 0;
      if (!timedOut || timeoutsInARow >= TIMEOUTS_THAT_MEAN_DOWN) up = false;
      const broken = client;
      client = undefined;
      // Ending it ourselves is no news about the database.
      broken?.removeAllListeners();
      broken?.on("error", () => undefined);
      await broken?.end().catch(() => undefined);
    }
  };
  const loop = async () => {
    while (!stopped) {
      await check();
      await new Promise((resolve) => setTimeout(resolve, intervalMs).unref());
    }
  };
  void loop();

  return {
    isUp: () => up,
    stop: async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    },
  };
}
