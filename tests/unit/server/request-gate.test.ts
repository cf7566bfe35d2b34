import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { gateLane, RequestGate } from "@/lib/server/request-gate";

/** A read that records when it started and can be finished by the test. */
function reads(gate: RequestGate, count: number) {
  const started: number[] = [];
  const finish: (() => void)[] = [];
  for (let index = 0; index < count; index++) {
    gate.read((done) => {
      started.push(index);
      finish[index] = done;
    });
  }
  return { started, finish: (index: number) => (finish[index] as () => void)() };
}

describe("the request gate", () => {
  it("runs a few reads at a time, the rest in arrival order as others finish", () => {
    const gate = new RequestGate({ reads: 2 });
    const run = reads(gate, 5);
    expect(run.started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    run.finish(1);
    expect(run.started).toEqual([0, 1, 2]);
    run.finish(0);
    run.finish(2);
    expect(run.started).toEqual([0, 1, 2, 3, 4]);
    expect(gate.queued).toBe(0);
  });

  it("starts a write at once, and lets only one read run while writes are in flight", () => {
    const gate = new RequestGate({ reads: 3 });
    const endWrite = gate.write();
    const run = reads(gate, 4);
    // A write is in flight: one read still moves, so reads never starve.
    expect(run.started).toEqual([0]);
    const endSecondWrite = gate.write();
    run.finish(0);
    expect(run.started).toEqual([0, 1]);
    endWrite();
    expect(run.started).toEqual([0, 1]);
    endSecondWrite();
    expect(run.started).toEqual([0, 1, 2, 3]);
  });

  it("counts a finished request once, however often its end is reported", () => {
    const gate = new RequestGate({ reads: 1 });
    const run = reads(gate, 3);
    run.finish(0);
    run.finish(0);
    expect(run.started).toEqual([0, 1]);
    const endWrite = gate.write();
    endWrite();
    endWrite();
    run.finish(1);
    expect(run.started).toEqual([0, 1, 2]);
  });

  it("starts a queued read in the async context of its own request, not of the one that made room", () => {
    // Next.js keeps each request's state in AsyncLocalStorage. A read started from the
    // previous response's "close" would run inside that request's context and keep it
    // alive, and so on down a chain: the heap grew without bound under a steady page load.
    const requestContext = new AsyncLocalStorage<string>();
    const gate = new RequestGate({ reads: 1 });
    const seen: (string | undefined)[] = [];
    const finish: (() => void)[] = [];
    for (const request of ["first", "second", "third"]) {
      requestContext.run(request, () =>
        gate.read((done) => {
          seen.push(requestContext.getStore());
          finish.push(() => requestContext.run(`${request}, finishing`, done));
        }),
      );
    }
    (finish[0] as () => void)();
    (finish[1] as () => void)();
    expect(seen).toEqual(["first", "second", "third"]);
  });

  it("refuses a limit that would stop every read", () => {
    expect(() => new RequestGate({ reads: 0 })).toThrow(RangeError);
    expect(() => new RequestGate({ reads: 1.5 })).toThrow(RangeError);
  });

  it("sorts requests into lanes: static files and the health check pass, GET and HEAD read, the rest write", () => {
    expect(gateLane("GET", "/_next/static/chunks/app.js")).toBe("pass");
    expect(gateLane("GET", "/api/health")).toBe("pass");
    expect(gateLane("GET", "/")).toBe("read");
    expect(gateLane("HEAD", "/capacity?week=2026-11-23")).toBe("read");
    expect(gateLane("GET", "/api/v1/me/days?from=2026-11-25")).toBe("read");
    expect(gateLane("POST", "/api/v1/me/opt-outs")).toBe("write");
    expect(gateLane("DELETE", "/api/v1/me/extra-days/2026-11-30")).toBe("write");
    // A server action is a POST to the page's own URL.
    expect(gateLane("POST", "/")).toBe("write");
  });
});
