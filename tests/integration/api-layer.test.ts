import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { hashAccessToken } from "@/lib/auth/access-token";
import { defineContract } from "@/lib/api/contract";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/route";
import { refused } from "@/lib/errors";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

const echo = defineContract({
  method: "POST",
  path: "/test/echo/{id}",
  summary: "Echo",
  tag: "Test",
  access: "offices:manage",
  params: z.object({ id: z.string().regex(/^\d+$/) }),
  query: z.object({ limit: z.coerce.number().int().max(10).default(5) }),
  body: z.object({ date: z.iso.date() }),
  responses: { 200: { description: "Echoed" } },
  errors: { 422: "A past day (`past_day`)" },
});

describe("the API layer", () => {
  let employeeToken: string;
  let hrToken: string;
  let me: typeof import("@/app/api/v1/me/route").GET;
  const echoRoute = apiRoute(echo, async ({ user, params, query, body }) => {
    if (body.date === "2020-01-01") throw refused("past_day", "That day is in the past.", "date");
    return { body: { user: user.email, id: params.id, limit: query.limit, date: body.date } };
  });

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    employeeToken = await tokenFor(db, "employee@example.com");
    hrToken = await tokenFor(db, "hr@example.com");
    me = (await import("@/app/api/v1/me/route")).GET;
  });
  afterAll(() => db.$disconnect());

  it("answers the token's owner with their profile", async () => {
    const response = await callRoute(me, "/api/v1/me", { token: employeeToken });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ email: "employee@example.com", role: "EMPLOYEE", office: { name: "Oslo" } });
  });

  it("refuses a malformed header, an unknown token and a revoked one with 401", async () => {
    for (const authorization of ["Basic abc", "Bearer", `Bearer ${employeeToken}x`]) {
      const response = await callRoute(me, "/api/v1/me", { authorization });
      expect(response.status).toBe(401);
      expect(response.json.error.code).toBe("invalid_token");
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
    const token = await tokenFor(db, "leader@example.com");
    expect((await callRoute(me, "/api/v1/me", { token })).status).toBe(200);
    await db.personalAccessToken.update({ where: { tokenHash: hashAccessToken(token) }, data: { revokedAt: new Date() } });
    expect((await callRoute(me, "/api/v1/me", { token })).status).toBe(401);
  });

  it("stops a deactivated person's token at once", async () => {
    const token = await tokenFor(db, "admin@example.com");
    await db.employee.update({ where: { email: "admin@example.com" }, data: { active: false } });
    try {
      expect((await callRoute(me, "/api/v1/me", { token })).status).toBe(401);
    } finally {
      await db.employee.update({ where: { email: "admin@example.com" }, data: { active: true } });
    }
  });

  it("refuses a role without the contract's permission with 403", async () => {
    const response = await callRoute(echoRoute, "/api/v1/test/echo/1", { token: employeeToken, params: { id: "1" }, body: { date: "2027-01-04" } });
    expect(response.status).toBe(403);
    expect(response.json.error.code).toBe("forbidden");
  });

  it("parses path, query and body with the contract's schemas", async () => {
    const response = await callRoute(echoRoute, "/api/v1/test/echo/7?limit=3", { token: hrToken, params: { id: "7" }, body: { date: "2027-01-04" } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ user: "hr@example.com", id: "7", limit: 3, date: "2027-01-04" });
  });

  it("names the field of bad input with 400, and of a rule's refusal with 422", async () => {
    const badDate = await callRoute(echoRoute, "/api/v1/test/echo/7", { token: hrToken, params: { id: "7" }, body: { date: "2027-02-30" } });
    expect(badDate.status).toBe(400);
    expect(badDate.json.error).toMatchObject({ code: "invalid_input", field: "date" });
    const badQuery = await callRoute(echoRoute, "/api/v1/test/echo/7?limit=99", { token: hrToken, params: { id: "7" }, body: { date: "2027-01-04" } });
    expect(badQuery.json.error).toMatchObject({ code: "invalid_input", field: "limit" });
    const badPath = await callRoute(echoRoute, "/api/v1/test/echo/x", { token: hrToken, params: { id: "x" }, body: { date: "2027-01-04" } });
    expect(badPath.json.error).toMatchObject({ code: "invalid_input", field: "id" });
    const notJson = await callRoute(echoRoute, "/api/v1/test/echo/7", { token: hrToken, params: { id: "7" }, body: "{", contentType: "application/json" });
    expect(notJson.json.error.code).toBe("invalid_json");
    const wrongType = await callRoute(echoRoute, "/api/v1/test/echo/7", { token: hrToken, params: { id: "7" }, body: "date=x", contentType: "text/plain" });
    expect(wrongType.status).toBe(415);
    const refusedDay = await callRoute(echoRoute, "/api/v1/test/echo/7", { token: hrToken, params: { id: "7" }, body: { date: "2020-01-01" } });
    expect(refusedDay.status).toBe(422);
    expect(refusedDay.json).toEqual({ error: { code: "past_day", message: "That day is in the past.", field: "date" } });
  });

  it("documents every contract in an OpenAPI 3.1 document built from the same schemas", () => {
    const document = buildOpenApiDocument([echo]);
    expect(document.openapi).toBe("3.1.0");
    const operation = document.paths?.["/api/v1/test/echo/{id}"]?.post;
    expect(operation?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toEqual(["id", "limit"]);
    // Each status the route can answer, and no other: input (400), sign-in (401), a role refused (403), a body (415), its own (422).
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(["200", "400", "401", "403", "415", "422", "500"]);
    expect(JSON.stringify(operation?.requestBody)).toContain('"format":"date"');
    expect(Object.keys(buildOpenApiDocument().paths ?? {})).toContain("/api/v1/me");
  });
});
