import { describe, expect, it } from "vitest";
import { explainPostgresFailure } from "@/lib/server/postgres-failures";

const context = { dataDir: "/srv/app/.data/postgres", port: 54329 };

// What PostgreSQL 18 writes to stderr in each case.
describe("explaining why the embedded PostgreSQL did not start", () => {
  it("a port another program holds", () => {
    const output = [
      `LOG:  could not bind IPv4 address "127.0.0.1": Address already in use`,
      `HINT:  Is another postmaster already running on port 54329? If not, wait a few seconds and retry.`,
      `WARNING:  could not create listen socket for "localhost"`,
      `FATAL:  could not create any TCP/IP sockets`,
    ].join("\n");
    expect(explainPostgresFailure(output, context)).toBe(
      "Port 54329 is taken by another program, so the embedded PostgreSQL cannot listen on it: stop that program or set EMBEDDED_PG_PORT to a free port.",
    );
  });

  it("a data folder from another PostgreSQL version", () => {
    const output = `FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 19, which is not compatible with this version 18.4.`;
    expect(explainPostgresFailure(output, context)).toBe(
      "The data folder /srv/app/.data/postgres was created by PostgreSQL 19, and this app embeds PostgreSQL 18.4, which cannot open it: start the app version that created it, or move the folder away (or set EMBEDDED_PG_DIR) to start with a new, empty database.",
    );
  });

  it("a full disk, even when a bind warning came first", () => {
    const output = `LOG:  could not bind IPv6 address "::1": Cannot assign requested address\nPANIC:  could not write to file "pg_wal/xlogtemp.123": No space left on device`;
    expect(explainPostgresFailure(output, context)).toMatch(/^The disk that holds \/srv\/app\/\.data\/postgres is full: free some space/);
  });

  it("another PostgreSQL on the folder", () => {
    const output = `FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 4242) running in data directory "/srv/app/.data/postgres"?`;
    expect(explainPostgresFailure(output, context)).toContain("Another PostgreSQL is already running on /srv/app/.data/postgres");
  });

  it("anything else: PostgreSQL's own last lines, never an empty or undefined message", () => {
    expect(explainPostgresFailure("FATAL:  something new", context)).toBe("The embedded PostgreSQL stopped while starting; its last words were:\nFATAL:  something new");
    const silent = explainPostgresFailure("", context);
    expect(silent).toContain("without saying why");
    expect(silent).not.toContain("undefined");
  });
});
