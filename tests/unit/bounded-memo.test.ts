import { describe, expect, it } from "vitest";
import { boundedMemo } from "@/lib/bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once, and starts over at its limit instead of growing", () => {
    const computed: string[] = [];
    const length = boundedMemo(
      2,
      (key: string) => key,
      (key: string) => {
        computed.push(key);
        return key.length;
      },
    );
    expect([length("a"), length("bb"), length("a"), length("bb")]).toEqual([1, 2, 1, 2]);
    expect(computed).toEqual(["a", "bb"]);
    // A third key clears the two remembered ones: "a" is computed again.
    expect([length("ccc"), length("a")]).toEqual([3, 1]);
    expect(computed).toEqual(["a", "bb", "ccc", "a"]);
  });
});
