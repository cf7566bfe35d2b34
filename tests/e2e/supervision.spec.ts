import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { e2e } from "@/tests/support/e2e-env";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");
// Beside the suite's own server (E2E_PORT) and the second servers of other specs (+1 to +3).
const port = e2e.port + 4;
const url = `http://localhost:${port}`;

/** `npm start` as a person runs it, on a database of its own (the build is the suite's). */
function npmStart(folder: string) {
  let output = "";
  const start = spawn(path.join(root, "node_modules/.bin/node"), ["--import", "tsx", "lib/cli/start.ts"], {
    cwd: root,
    // Its own process group, so the test can end everything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: "",
      DEMO_MODE: "true",
      PORT: String(port),
      NEXTAUTH_URL: url,
      EMBEDDED_PG_DIR: path.join(folder, "postgres"),
      EMBEDDED_PG_PORT: String(e2e.port + 14),
    },
  });
  start.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { start, output: () => output };
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const status = async (pathname: string) => (await fetch(`${url}${pathname}`).catch(() => undefined))?.status;

/** Every process below `pid` whose command line mentions `text`. */
function descendants(pid: number, text: string): number[] {
  const children = new Map<number, number[]>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, "utf8"));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      if (commands.get(child)?.includes(text)) found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

test.describe("npm start keeps its database and web server running", () => {
  test.skip(process.platform !== "linux", "finds processes through /proc");
  test.describe.configure({ timeout: 300_000 });
  let folder: string;
  let app: ReturnType<typeof npmStart>;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    folder = mkdtempSync(path.join(tmpdir(), "office-rotation-supervision-"));
    // As root, PostgreSQL runs as a separate user that must be able to enter the folder.
    chmodSync(folder, 0o755);
    app = npmStart(folder);
    await until(() => app.output().includes("Office Rotation is running at"), "the app to start", 200_000);
  });
  test.afterAll(async () => {
    // Normally Ctrl+C (the last test) stopped it already; otherwise stop the whole group now.
    if (app?.start.exitCode === null) {
      const exited = new Promise((resolve) => app.start.once("exit", resolve));
      process.kill(-app.start.pid!, "SIGINT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    try {
      process.kill(-app.start.pid!, "SIGKILL");
    } catch {
      // the group is gone
    }
    rmSync(folder, { recursive: true, force: true });
  });

  const postmaster = () => Number(readFileSync(path.join(folder, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

  test("a killed database: 503 and a friendly page meanwhile, then back without restarting the app, logged in one sentence", async ({ page }) => {
    // Kill it again whenever it comes back while the pages are looked at (at most 12 s: the supervisor gives up after 31 s of failures).
    let lookedAt = false;
    const downUntil = Date.now() + 12_000;
    const killer = setInterval(() => {
      if (lookedAt || Date.now() > downUntil) return clearInterval(killer);
      try {
        process.kill(postmaster(), "SIGKILL");
      } catch {
        // not running right now
      }
    }, 100);
    await until(async () => (await status("/api/health")) === 503, "the health check to say 503", 5_000);

    // The supervisor brings the database back within a second or two, until the killer above strikes
    // again: each request below is repeated until it meets the database down.
    let api: Response | undefined;
    await until(async () => (api = await fetch(`${url}/api/v1/me`)).status === 503, "the API to answer 503", 10_000);
    expect(api!.headers.get("retry-after")).toBe("5");
    expect((await api!.json()).error.code).toBe("unavailable");

    await until(async () => (await page.goto(`${url}/sign-in`))?.status() === 503, "the sign-in page to answer 503", 10_000);
    await expect(page.getByRole("heading", { level: 1, name: "Back in a moment" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/back-in-a-moment.png" });
    lookedAt = true;

    await until(async () => (await status("/api/health")) === 200, "the database to be back", 90_000);
    await until(async () => (await status("/sign-in")) === 200, "pages to be served again", 15_000);
    // Each restart in one sentence (the growing pauses are tested in tests/unit/server/supervisor.test.ts).
    expect(app.output()).toContain("The embedded PostgreSQL stopped (its process ended); starting it again in 1 s (attempt 1 of 5).");
    expect(app.start.exitCode).toBeNull();
  });

  test("a killed web server is started again", async () => {
    const servers = descendants(app.start.pid!, "lib/cli/serve.ts");
    expect(servers.length).toBeGreaterThan(0);
    for (const pid of servers) process.kill(pid, "SIGKILL");
    await until(async () => (await status("/sign-in")) !== 200, "the web server to go down", 10_000);
    await until(async () => (await status("/sign-in")) === 200, "the web server to be back", 120_000);
    expect(app.output()).toMatch(/The web server stopped \(.+\); starting it again in 1 s \(attempt 1 of \d\)\./);
  });

  test("the delivery worker runs beside the web server at a lower priority, and a killed one is started again", async () => {
    const workers = descendants(app.start.pid!, "lib/cli/worker.ts");
    expect(workers).toHaveLength(1);
    // Its nice value (field 19 of /proc/PID/stat, after the command's closing parenthesis) is above the web server's.
    const nice = (pid: number) => {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    };
    expect(nice(workers[0]!)).toBeGreaterThan(nice(descendants(app.start.pid!, "lib/cli/serve.ts")[0]!));
    process.kill(workers[0]!, "SIGKILL");
    await until(() => app.output().includes("The delivery worker stopped"), "the worker's restart to be logged", 10_000);
    await until(() => descendants(app.start.pid!, "lib/cli/worker.ts").some((pid) => pid !== workers[0]), "a new worker", 20_000);
    expect(app.output()).toMatch(/The delivery worker stopped \(.+\); starting it again in 1 s \(attempt 1 of \d\)\./);
  });

  test("Ctrl+C stops everything within seconds, even with the database already gone, and says so in one line", async () => {
    process.kill(postmaster(), "SIGKILL");
    const exited = new Promise<number | null>((resolve) => app.start.once("exit", (code) => resolve(code)));
    const started = Date.now();
    app.start.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(app.output().trimEnd().split("\n").at(-1)).toBe("[office-rotation] Office Rotation has stopped.");
  });
});
