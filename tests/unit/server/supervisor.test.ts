import { describe, expect, it } from "vitest";
import { supervise, type SupervisedService } from "@/lib/server/supervisor";

/** A service whose stops and failed starts are scripted, on a clock that moves only when the supervisor waits or the script says. */
function scripted(script: ("stops" | "fails" | "runs-a-while")[]) {
  let clock = 0;
  const restarts: number[] = [];
  const log: string[] = [];
  let step = 0;
  const service: SupervisedService = {
    name: "The database",
    stopped: async () => {
      const next = script[step++];
      if (next === "runs-a-while") clock += 120_000;
      if (next === undefined) return new Promise<string>(() => undefined);
      return "its process ended";
    },
    restart: async () => {
      restarts.push(clock);
      if (script[step] === "fails") {
        step++;
        throw new Error("port taken");
      }
    },
  };
  const options = {
    log: (message: string) => log.push(message),
    isStopping: () => false,
    delaysMs: [1_000, 2_000, 4_000],
    stableMs: 60_000,
    wait: async (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
  return { service, options, restarts, log };
}

describe("supervising a service of npm start", () => {
  it("restarts after a growing pause, one sentence each, and gives up with the reason after too many failures in a row", async () => {
    const { service, options, restarts, log } = scripted(["stops", "stops", "fails", "stops"]);
    const reason = await supervise(service, options);
    expect(restarts).toEqual([1_000, 3_000, 7_000]);
    expect(log).toEqual([
      "The database stopped (its process ended); starting it again in 1 s (attempt 1 of 3).",
      "The database stopped (its process ended); starting it again in 2 s (attempt 2 of 3).",
      "The database stopped (it could not start: port taken); starting it again in 4 s (attempt 3 of 3).",
    ]);
    expect(reason).toBe("The database stopped 4 times in a row (last: its process ended); giving up.");
  });

  it("counts afresh after the service stayed up a while", async () => {
    const { service, options, restarts } = scripted(["stops", "stops", "runs-a-while", "stops", "stops"]);
    // Never gives up: the scripted stops end with a service that keeps running.
    const outcome = await Promise.race([supervise(service, options), new Promise((resolve) => setTimeout(() => resolve("still supervising"), 50))]);
    expect(outcome).toBe("still supervising");
    // 1 s, 2 s, then up for two minutes: the next pauses start at 1 s again.
    expect(restarts.slice(0, 4)).toEqual([1_000, 3_000, 124_000, 126_000]);
  });

  it("does not restart what the app itself is stopping", async () => {
    const { service, options, restarts } = scripted(["stops"]);
    expect(await supervise(service, { ...options, isStopping: () => true })).toBeUndefined();
    expect(restarts).toEqual([]);
  });
});
