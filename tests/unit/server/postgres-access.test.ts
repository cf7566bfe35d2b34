import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canEnter, postgresAccessProblem } from "@/lib/server/postgres-access";

// A user that owns nothing here and is in no group of these folders, like a fresh "postgres" user.
const postgres = { name: "postgres", uid: 65_001, gid: 65_001 };

describe("can PostgreSQL's own user reach its folders (the app running as root)?", () => {
  const home = mkdtempSync(path.join(tmpdir(), "office-rotation-home-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("not through a private (mode 700) home folder: one sentence naming the folder and the fix", () => {
    chmodSync(home, 0o700);
    mkdirSync(path.join(home, "office-rotation", "node_modules"), { recursive: true });
    const problem = postgresAccessProblem(
      { dataDir: path.join(home, "office-rotation", ".data", "postgres"), binaries: path.join(home, "office-rotation", "node_modules") },
      postgres,
    );
    expect(problem).toBe(
      `The embedded PostgreSQL runs as user "postgres" when the app runs as root, and that user cannot enter ${home}: put the app in a folder every user can enter (for example under /srv or /opt), run it as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  });

  it("yes once every folder on the way may be entered by others", () => {
    chmodSync(home, 0o711);
    const problem = postgresAccessProblem(
      { dataDir: path.join(home, "office-rotation", ".data", "postgres"), binaries: path.join(home, "office-rotation", "node_modules") },
      postgres,
    );
    expect(problem).toBeUndefined();
  });

  it("reads owner, group and other permission bits as the kernel does", () => {
    expect(canEnter({ uid: 65_001, gid: 0, mode: 0o700 }, postgres)).toBe(true);
    expect(canEnter({ uid: 0, gid: 65_001, mode: 0o710 }, postgres)).toBe(true);
    expect(canEnter({ uid: 0, gid: 65_001, mode: 0o701 }, postgres)).toBe(false);
    expect(canEnter({ uid: 0, gid: 0, mode: 0o701 }, postgres)).toBe(true);
    expect(canEnter({ uid: 0, gid: 0, mode: 0o750 }, postgres)).toBe(false);
  });
});
