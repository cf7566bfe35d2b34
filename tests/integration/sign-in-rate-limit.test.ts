import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const password = DEMO_LOGINS.password;

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
type Post = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/** Moves every recorded failure `minutes` into the past, as if that much time went by. */
async function timePasses(minutes: number) {
  await db.$executeRawUnsafe(`UPDATE "sign_in_failure" SET "created_at" = "created_at" - interval '${minutes} minutes'`);
}

describe("sign-in rate limits", () => {
  let authorize: Authorize;
  let post: Post;
  const from = (address: string) => ({ headers: { "x-forwarded-for": address } });

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    const { authOptions } = await import("@/lib/auth/options");
    const credentials = authOptions.providers.find((provider) => provider.id === "credentials") as unknown as { options: { authorize: Authorize } };
    authorize = credentials.options.authorize;
    post = (await import("@/app/api/auth/[...nextauth]/route")).POST as unknown as Post;
  });
  beforeEach(() => db.signInFailure.deleteMany());
  afterAll(async () => {
    await db.signInFailure.deleteMany();
    await db.$disconnect();
  });

  async function failAccount(email: string, times: number, address: string) {
    for (let attempt = 0; attempt < times; attempt++) {
      expect(await authorize({ email, password: `wrong-${attempt}` }, from(address))).toBeNull();
    }
  }

  function signInRequest(email: string, address: string) {
    return new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
      body: new URLSearchParams({ email, password, json: "true" }),
    });
  }

  describe("per account", () => {
    it(`counts failures in the database and refuses even the right password after ${SIGN_IN_LIMITS.perAccount}`, async () => {
      await failAccount("admin@example.com", SIGN_IN_LIMITS.perAccount - 1, "203.0.113.1");
      expect(await db.signInFailure.count({ where: { email: "admin@example.com" } })).toBe(SIGN_IN_LIMITS.perAccount - 1);
      // One below the limit a right password still works, and forgives the account's earlier failures.
      expect(await authorize({ email: "admin@example.com", password }, from("203.0.113.1"))).not.toBeNull();
      expect(await db.signInFailure.count({ where: { email: "admin@example.com" } })).toBe(0);

      await failAccount("admin@example.com", SIGN_IN_LIMITS.perAccount, "203.0.113.1");
      // From another address too: the account is what is limited.
      await expect(authorize({ email: "admin@example.com", password }, from("198.51.100.7"))).rejects.toThrow("RateLimited");
      // A refused attempt is not counted, so waiting is enough.
      expect(await db.signInFailure.count({ where: { email: "admin@example.com" } })).toBe(SIGN_IN_LIMITS.perAccount);
    });

    it("counts unknown emails like known ones, so the limit reveals nothing", async () => {
      await failAccount("nobody@example.com", SIGN_IN_LIMITS.perAccount, "203.0.113.2");
      await expect(authorize({ email: "nobody@example.com", password }, from("203.0.113.2"))).rejects.toThrow("RateLimited");
    });

    it("lets the right password in again once the window has passed", async () => {
      await failAccount("admin@example.com", SIGN_IN_LIMITS.perAccount, "203.0.113.3");
      await timePasses(SIGN_IN_LIMITS.windowMinutes - 1);
      await expect(authorize({ email: "admin@example.com", password }, from("203.0.113.3"))).rejects.toThrow("RateLimited");
      await timePasses(1);
      expect(await authorize({ email: "admin@example.com", password }, from("203.0.113.3"))).not.toBeNull();
    });

    it("drops failures older than the window when a new one is counted", async () => {
      await failAccount("admin@example.com", 3, "203.0.113.4");
      await timePasses(SIGN_IN_LIMITS.windowMinutes);
      await failAccount("leader@example.com", 1, "203.0.113.4");
      expect(await db.signInFailure.count()).toBe(1);
    });
  });

  describe("per client address", () => {
    it(`refuses an address after ${SIGN_IN_LIMITS.perAddress} failures across accounts, and only that address`, async () => {
      for (let account = 0; account < SIGN_IN_LIMITS.perAddress; account++) {
        await failAccount(`guess-${account}@example.com`, 1, "192.0.2.66");
      }
      await expect(authorize({ email: "employee@example.com", password }, from("192.0.2.66"))).rejects.toThrow("RateLimited");
      expect(await authorize({ email: "employee@example.com", password }, from("192.0.2.67"))).not.toBeNull();
    });
  });

  describe("the sign-in API", () => {
    it("answers 429 with Retry-After and the sign-in page's error code while limited", async () => {
      await failAccount("hr@example.com", SIGN_IN_LIMITS.perAccount, "203.0.113.9");
      await timePasses(5);
      const response = await post(signInRequest("hr@example.com", "203.0.113.9"), { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get("Retry-After"));
      // The oldest failure is 5 minutes old: it leaves the 15-minute window in 10 minutes at most.
      expect(retryAfter).toBeGreaterThan(9 * 60);
      expect(retryAfter).toBeLessThanOrEqual(10 * 60);
      const body = (await response.json()) as { url: string; error: string; retryAfterSeconds: number };
      expect(body.error).toBe("RateLimited");
      expect(new URL(body.url).searchParams.get("error")).toBe("RateLimited");
      expect(body.retryAfterSeconds).toBe(retryAfter);
    });
  });
});
