import { afterAll, describe, expect, it } from "vitest";

describe("independent reads (readAll)", () => {
  let db: typeof import("@/lib/db").db;
  afterAll(() => db?.$disconnect());

  async function order(inTransaction: boolean): Promise<string[]> {
    ({ db } = await import("@/lib/db"));
    const { readAll } = await import("@/lib/data/transaction");
    const events: string[] = [];
    const run = async (client: Parameters<typeof readAll>[0]) => {
      const read = (name: string) => async () => {
        events.push(`start ${name}`);
        await client.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.02)`;
        events.push(`end ${name}`);
        return name;
      };
      return readAll(client, [read("a"), read("b"), read("c")]);
    };
    const results = inTransaction ? await db.$transaction((tx) => run(tx)) : await run(db);
    expect(results).toEqual(["a", "b", "c"]);
    return events;
  }

  it("takes turns on a transaction's one connection: no query is sent while another runs", async () => {
    expect(await order(true)).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("runs side by side on the pool", async () => {
    expect((await order(false)).slice(0, 3)).toEqual(["start a", "start b", "start c"]);
  });
});
