import { describe, expect, it } from "vitest";
import { allowedMethods, unroutedApiAnswer } from "@/lib/api/unrouted";

async function answer(method: string, pathname: string) {
  const response = unroutedApiAnswer(method, pathname);
  return response && { status: response.status, allow: response.headers.get("allow"), body: (await response.json()) as { error: { code: string } } };
}

describe("requests no API route takes", () => {
  it("lets every route's own method through, HEAD and OPTIONS too", async () => {
    expect(await answer("GET", "/api/v1/me")).toBeNull();
    expect(await answer("HEAD", "/api/v1/me")).toBeNull();
    expect(await answer("OPTIONS", "/api/v1/me/opt-outs")).toBeNull();
    expect(await answer("DELETE", "/api/v1/tokens/abc")).toBeNull();
    expect(await answer("GET", "/api/v1/offices/o1/capacity")).toBeNull();
    expect(await answer("GET", "/api/v1/openapi.json")).toBeNull();
  });

  it("answers a method the path does not have with 405, Allow and the JSON error", async () => {
    expect(await answer("PUT", "/api/v1/me")).toEqual({
      status: 405,
      allow: "GET, HEAD, OPTIONS",
      body: { error: expect.objectContaining({ code: "method_not_allowed" }) },
    });
    expect(await answer("GET", "/api/v1/me/opt-outs")).toMatchObject({ status: 405, allow: "OPTIONS, POST" });
    expect(await answer("HEAD", "/api/v1/me/opt-outs")).toMatchObject({ status: 405 });
  });

  it("answers a path no route has with 404 and the JSON error, a trailing slash included", async () => {
    for (const path of ["/api/v1/nope", "/api/v1", "/api/v1/", "/api/v1/me/", "/api/v1/tokens/", "/api/v1/me/days/x", "/api/v1/offices//capacity"]) {
      expect(await answer("DELETE", path), path).toEqual({ status: 404, allow: null, body: { error: expect.objectContaining({ code: "no_such_route" }) } });
    }
  });

  it("lists a path's methods", () => {
    expect(allowedMethods("/offices/x/plans/preview")).toEqual(["OPTIONS", "POST"]);
    expect(allowedMethods("/nope")).toBeNull();
  });
});
