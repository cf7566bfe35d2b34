import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeUserById, type CurrentUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

async function user(email: string): Promise<CurrentUser> {
  const row = await db.employee.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await activeUserById(row.id))!;
}

describe("personal access tokens", () => {
  let tokens: typeof import("@/lib/data/access-tokens");
  let me: typeof import("@/app/api/v1/me/route").GET;
  let revoke: typeof import("@/app/api/v1/tokens/[id]/route").DELETE;
  let employee: CurrentUser;
  let leader: CurrentUser;

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    tokens = await import("@/lib/data/access-tokens");
    me = (await import("@/app/api/v1/me/route")).GET;
    revoke = (await import("@/app/api/v1/tokens/[id]/route")).DELETE;
    employee = await user("employee@example.com");
    leader = await user("leader@example.com");
  });
  afterAll(() => db.$disconnect());

  it("issues a token that works at once, lists it without the secret, and revoking it stops it on the next request", async () => {
    const created = await tokens.createAccessToken(employee, "Laptop script");
    expect(created.token).toMatch(/^ort_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect((await callRoute(me, "/api/v1/me", { token: created.token })).json.email).toBe("employee@example.com");

    const listed = (await tokens.listOwnAccessTokens(employee)).find((token) => token.id === created.id)!;
    expect(listed).toMatchObject({ name: "Laptop script", prefix: created.prefix, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.lastUsedAt).not.toBeNull();

    expect(await tokens.revokeOwnAccessToken(employee, created.id, new Date())).toBe(true);
    const after = await callRoute(me, "/api/v1/me", { token: created.token });
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe("invalid_token");
    expect((await tokens.listOwnAccessTokens(employee)).find((token) => token.id === created.id)?.revokedAt).not.toBeNull();
  });

  it("lets nobody revoke another person's token on the profile page", async () => {
    const created = await tokens.createAccessToken(employee, "Mine");
    expect(await tokens.revokeOwnAccessToken(leader, created.id, new Date())).toBe(false);
    expect((await tokens.listOwnAccessTokens(leader)).some((token) => token.id === created.id)).toBe(false);
    expect((await callRoute(me, "/api/v1/me", { token: created.token })).status).toBe(200);
  });

  describe("an admin revoking anyone's token (DELETE /api/v1/tokens/{id})", () => {
    it("revokes it at once and records it in the audit log", async () => {
      const adminToken = await tokenFor(db, "admin@example.com");
      const created = await tokens.createAccessToken(employee, "Lost laptop");
      const response = await callRoute(revoke, `/api/v1/tokens/${created.id}`, { token: adminToken, method: "DELETE", params: { id: created.id } });
      expect(response.status).toBe(204);
      expect((await callRoute(me, "/api/v1/me", { token: created.token })).status).toBe(401);
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "token.revoke", entityId: created.id } });
      expect(audit.actorId).toBe((await user("admin@example.com")).id);
      // Revoking again changes nothing and records nothing more.
      expect((await callRoute(revoke, `/api/v1/tokens/${created.id}`, { token: adminToken, method: "DELETE", params: { id: created.id } })).status).toBe(204);
      expect(await db.auditLog.count({ where: { action: "token.revoke", entityId: created.id } })).toBe(1);
    });

    it("refuses other roles with 403, an unknown id with 404 and a malformed one with 400", async () => {
      const created = await tokens.createAccessToken(employee, "Kept");
      for (const email of ["employee@example.com", "leader@example.com", "hr@example.com"]) {
        const response = await callRoute(revoke, `/api/v1/tokens/${created.id}`, { token: await tokenFor(db, email), method: "DELETE", params: { id: created.id } });
        expect(response.status, email).toBe(403);
      }
      expect((await callRoute(me, "/api/v1/me", { token: created.token })).status).toBe(200);
      const adminToken = await tokenFor(db, "admin@example.com");
      const unknown = await callRoute(revoke, "/api/v1/tokens/nosuchtoken", { token: adminToken, method: "DELETE", params: { id: "nosuchtoken" } });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe("token_not_found");
      const malformed = await callRoute(revoke, "/api/v1/tokens/a%20b", { token: adminToken, method: "DELETE", params: { id: "a b" } });
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.field).toBe("id");
    });
  });
});
