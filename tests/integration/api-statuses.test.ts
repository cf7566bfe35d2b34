import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { errorBodySchema } from "@/lib/api/error-body";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor, type CallOptions } from "@/tests/support/api";
import { ROLES, routeTable } from "@/tests/support/access-table";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const document = buildOpenApiDocument();

interface Operation {
  responses: Record<string, unknown>;
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, unknown> };
  security?: unknown[];
}

type Handler = Parameters<typeof callRoute>[0];

/** "/api/v1/offices/{id}/capacity" is served by app/api/v1/offices/[id]/capacity/route.ts. */
const routeFile = (template: string) => `app${template.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

/** The template with every parameter set to `value`, and the params Next.js would hand the handler. */
function fill(template: string, value: string) {
  const params: Record<string, string> = {};
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    params[name] = value;
    return value;
  });
  return { path, params };
}

const operations = Object.entries(document.paths ?? {}).flatMap(([template, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ template, method: method.toUpperCase(), operation })),
);

/**
 * Walks the OpenAPI document and provokes, on every operation, each error
 * that follows from its contract (no sign-in, a role without the permission,
 * a malformed path, query or body, the wrong body type): each must be
 * declared with that status, and every status declared so must be seen.
 * Every answer, declared or not, must be a status the operation lists and
 * the API's error shape.
 */
describe("the OpenAPI document lists every status each route answers", () => {
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    for (const account of DEMO_LOGINS.accounts) tokens.set(account.role, await tokenFor(db, account.email));
  });
  afterAll(() => db.$disconnect());

  it("covers every route", () => {
    expect(operations.length).toBe(routeTable.filter((row) => row.file.startsWith("app/api/v1/") && !row.file.includes("openapi.json")).length);
  });

  for (const { template, method, operation } of operations) {
    it(`${method} ${template}`, async () => {
      const module = (await import(`@/${routeFile(template).replace(/\.ts$/, "")}`)) as Record<string, Handler>;
      const handler = module[method]!;
      const declared = Object.keys(operation.responses);
      const seen = new Set<string>();
      const call = async (label: string, path: string, options: CallOptions) => {
        const answer = await callRoute(handler, path, { method, ...options });
        const status = String(answer.status);
        expect(declared, `${label}: ${status} ${answer.text}`).toContain(status);
        if (answer.status >= 400) {
          expect(errorBodySchema.safeParse(answer.json).success, `${label}: ${answer.text}`).toBe(true);
          seen.add(status);
        }
        return answer.status;
      };

      const row = routeTable.find((candidate) => candidate.method === method && candidate.file === routeFile(template))!;
      const sample = new URL(row.url, "http://x");
      const sampleParams = new RegExp(`^${template.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`).exec(sample.pathname)?.groups ?? {};
      const withBody = row.body ? { body: row.body.text, contentType: row.body.contentType } : {};
      const allowedToken = tokens.get(row.roles[0]!)!;
      const bodyType = Object.keys(operation.requestBody?.content ?? {})[0];

      // Who calls.
      const isPublic = operation.security?.length === 0;
      // (Without any Authorization the cookie is read, which needs a request scope only Next.js gives; an unknown token takes the same 401.)
      if (!isPublic) expect(await call("unknown token", `${sample.pathname}${sample.search}`, { authorization: "Bearer ort_unknown", params: sampleParams, ...withBody })).toBe(401);
      for (const role of ROLES.filter((candidate) => !row.roles.includes(candidate))) {
        expect(await call(`as ${role}`, `${sample.pathname}${sample.search}`, { token: tokens.get(role), params: sampleParams, ...withBody })).toBe(403);
      }
      for (const role of row.roles) await call(`as ${role}`, `${sample.pathname}${sample.search}`, { token: tokens.get(role), params: sampleParams, ...withBody });

      // What they send: each malformed in turn, by someone allowed.
      const token = isPublic ? undefined : allowedToken;
      const tooLong = "x".repeat(300);
      if (operation.parameters?.some((parameter) => parameter.in === "path")) {
        const { path, params } = fill(template, tooLong);
        expect(await call("malformed path", path + sample.search, { token, params, ...withBody })).toBe(400);
      }
      for (const parameter of operation.parameters?.filter((candidate) => candidate.in === "query") ?? []) {
        const url = new URL(sample);
        url.searchParams.set(parameter.name, "not-a-valid-value");
        expect(await call(`malformed query ${parameter.name}`, `${url.pathname}${url.search}`, { token, params: sampleParams, ...withBody })).toBe(400);
      }
      if (bodyType) {
        const wrongType = bodyType === "application/json" ? "text/plain" : "application/json";
        expect(await call("wrong body type", `${sample.pathname}${sample.search}`, { token, params: sampleParams, body: "{}", contentType: wrongType })).toBe(415);
        expect(await call("no body type", `${sample.pathname}${sample.search}`, { token, params: sampleParams })).toBe(415);
        if (bodyType === "application/json") {
          expect(await call("not JSON", `${sample.pathname}${sample.search}`, { token, params: sampleParams, body: "{", contentType: bodyType })).toBe(400);
          expect(await call("not an object", `${sample.pathname}${sample.search}`, { token, params: sampleParams, body: "[]", contentType: bodyType })).toBe(400);
        }
      }

      // Every status that follows from the contract was declared (checked above) and seen.
      const fromContract = ["400", "401", "403", "415"];
      expect([...seen].filter((status) => fromContract.includes(status)).sort()).toEqual(declared.filter((status) => fromContract.includes(status)).sort());
      expect(declared).toContain("500");
    });
  }
});
