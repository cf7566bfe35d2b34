import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isStartProcess, takeOverStart } from "@/lib/server/start-lock";

describe("one start per data folder", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function lockFile() {
    const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-lock-"));
    dirs.push(dir);
    return path.join(dir, ".data", "start.pid");
  }

  it("stops an earlier start left running (its npm was killed -9) and takes over", async () => {
    // Stands in for the orphaned start: its command line names lib/cli/start.ts, like the real one.
    const earlier = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)", "lib/cli/start.ts"], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => earlier.once("exit", (_code, signal) => resolve(signal)));
    const file = await lockFile();
    await takeOverStart(file, { self: earlier.pid! });
    expect(isStartProcess(earlier.pid!)).toBe(true);

    expect(await takeOverStart(file)).toBe(earlier.pid);
    expect(await exited).toBe("SIGTERM");
    expect(await readFile(file, "utf8")).toBe(String(process.pid));
  });

  it("leaves alone a program that got the recorded pid later, and a dead pid", async () => {
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], { stdio: "ignore" });
    try {
      const file = await lockFile();
      await takeOverStart(file, { self: other.pid! });
      expect(await takeOverStart(file)).toBeUndefined();
      expect(other.exitCode).toBeNull();
      await writeFile(file, "999999999");
      expect(await takeOverStart(file)).toBeUndefined();
    } finally {
      other.kill();
    }
  });
});
