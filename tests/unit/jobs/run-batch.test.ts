import { describe, expect, it } from "vitest";
import { runBatch } from "@/lib/jobs/run-batch";

/** Runs `count` jobs that each take a few turns of the event loop, noting how many ran at once. */
async function batch(count: number, busy: () => boolean) {
  let running = 0;
  let most = 0;
  const results = await runBatch(
    Array.from({ length: count }, (_, index) => index),
    async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return item * 10;
    },
    busy,
  );
  return { results, most };
}

describe("runBatch", () => {
  it("runs a batch's jobs side by side when the process is not busy, answering in the batch's order", async () => {
    const { results, most } = await batch(8, () => false);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(8);
  });

  it("runs them one at a time while the process is busy, and side by side again once it is not", async () => {
    expect((await batch(6, () => true)).most).toBe(1);
    let calls = 0;
    // Busy for the first few looks only: the rest of the batch may start together.
    const { results, most } = await batch(6, () => ++calls <= 3);
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBeGreaterThan(1);
  });

  it("answers an empty batch at once", async () => {
    expect(await runBatch([], async () => 1, () => false)).toEqual([]);
  });
});
