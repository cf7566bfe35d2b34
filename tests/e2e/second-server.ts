import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { e2e } from "@/tests/support/e2e-env";

const root = path.resolve(import.meta.dirname, "../..");

export interface SecondServer {
  url: string;
  process: ChildProcess;
}

/**
 * Another app server on the database of the first (the webServer), as a
 * load balancer would run it: same build, same database, same secret, its
 * own process and memory. `serve` runs it as `npm start` does
 * (lib/cli/serve.ts, which knows each connection's address); otherwise a
 * bare `next start`. Resolves once it reports healthy.
 */
export async function startSecondServer(port: number, options: { serve?: boolean; env?: Record<string, string> } = {}): Promise<SecondServer> {
  const url = `http://localhost:${port}`;
  const secret = readFileSync(path.join(e2e.dataDir, "auth-secret"), "utf8").trim();
  const [command, args] = options.serve
    ? [path.join(root, "node_modules/.bin/tsx"), [path.join(root, "lib/cli/serve.ts")]]
    : [path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)]];
  const server = spawn(command, args, {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATABASE_URL: e2e.databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: secret,
      DEMO_MODE: "true",
      ...options.env,
    },
  });
  while (server.exitCode === null) {
    const response = await fetch(`${url}/api/health`).catch(() => undefined);
    if (response?.ok) return { url, process: server };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The second server on port ${port} exited with ${server.exitCode}`);
}
