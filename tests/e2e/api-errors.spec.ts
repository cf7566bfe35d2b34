import { errorBodySchema } from "@/lib/api/error-body";
import { e2e } from "@/tests/support/e2e-env";
import { rawHttp } from "@/tests/support/raw-http";
import { expect, test } from "./fixtures";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Sent as written: "/api/v1/tokens/.." reaches the server as such. */
const rawRequest = (method: string, path: string) => rawHttp({ port: e2e.port, method, path });

function expectErrorShape(body: string, code: string) {
  const parsed = errorBodySchema.safeParse(JSON.parse(body));
  expect(parsed.success, body).toBe(true);
  expect(parsed.data?.error.code, body).toBe(code);
}

test.describe("every answer under /api/v1 is the API's JSON error shape", () => {
  test("each path of the OpenAPI document answers the methods it lacks with 405, Allow and JSON", async ({ request }) => {
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(document.paths);
    expect(paths.length).toBeGreaterThan(10);
    for (const [template, operations] of paths) {
      const path = template.replace(/\{\w+\}/g, "x");
      const declared = Object.keys(operations).map((method) => method.toUpperCase());
      const allow = [...declared, ...(declared.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
      for (const method of METHODS.filter((candidate) => !declared.includes(candidate))) {
        const answer = await rawRequest(method, path);
        expect({ method, path, status: answer.status, allow: answer.headers.allow }).toEqual({ method, path, status: 405, allow });
        expect(answer.headers["content-type"]).toContain("application/json");
        expectErrorShape(answer.body, "method_not_allowed");
      }
    }
  });

  test("unknown paths, a trailing slash and dot segments answer 404 in JSON, never an HTML page or a redirect", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/nope"],
      ["GET", "/api/v1"],
      ["GET", "/api/v1/"],
      ["GET", "/api/v1/me/"],
      ["POST", "/api/v1/me/days/extra"],
      ["DELETE", "/api/v1/tokens/.."],
      ["DELETE", "/api/v1/tokens/"],
      ["GET", "/api/v1/offices/x/nope"],
    ] as const) {
      const answer = await rawRequest(method, path);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
      expect(answer.headers["content-type"]).toContain("application/json");
      expectErrorShape(answer.body, "no_such_route");
    }
  });

  test("the named cases of the report: PUT /me and GET /me/opt-outs", async () => {
    for (const [method, path, allow] of [
      ["PUT", "/api/v1/me", "GET, HEAD, OPTIONS"],
      ["GET", "/api/v1/me/opt-outs", "OPTIONS, POST"],
    ] as const) {
      const answer = await rawRequest(method, path);
      expect([answer.status, answer.headers.allow]).toEqual([405, allow]);
      expectErrorShape(answer.body, "method_not_allowed");
    }
  });

  test("routes still answer, and pages with a trailing slash still redirect", async ({ request }) => {
    expect((await rawRequest("GET", "/api/v1/me")).status).toBe(401);
    const page = await rawRequest("GET", "/sign-in/");
    expect([page.status, new URL(String(page.headers.location), e2e.baseURL).pathname]).toEqual([308, "/sign-in"]);
    expect((await request.get("/api/health")).status()).toBe(200);
  });
});
