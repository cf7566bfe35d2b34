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

const TIMEOUT_MS = 1_000;

export function watchDatabase(connectionString: string, intervalMs = 1_000): DatabaseWatch {
  let up = true;
  let client: pg.Client | undefined;
  let stopped = false;

  const check = async () => {
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
        // A connection that breaks between checks means the database went away: say so at once.
        fresh.on("error", () => (up = false));
        fresh.on("end", () => {
          if (!stopped) up = false;
        });
        client = fresh;
        await fresh.connect();
      }
      await client.query("SELECT 1");
      up = true;
    } catch {
      up = false;
      const broken = client;
      client = undefined;
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
