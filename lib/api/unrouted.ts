import { methodNotAllowed, notFound } from "@/lib/errors";
import type { HttpMethod } from "./contract";
import { apiContracts } from "./contracts";
import { errorResponse } from "./error-body";

export const API_PREFIX = "/api/v1";

/** The one route of /api/v1 that is not a contract: the document describing the others. */
export const OPENAPI_DOCUMENT_PATH = "/openapi.json";

interface PathMethods {
  template: string;
  pattern: RegExp;
  methods: Set<HttpMethod>;
}

/** "/offices/{id}/capacity" matches "/offices/abc/capacity": a parameter is one non-empty segment, as Next.js routes it. */
function compile(routes: readonly { method: HttpMethod; path: string }[]): PathMethods[] {
  const byTemplate = new Map<string, PathMethods>();
  for (const route of routes) {
    const pattern = new RegExp(`^${route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`);
    const entry = byTemplate.get(route.path) ?? { template: route.path, pattern, methods: new Set<HttpMethod>() };
    entry.methods.add(route.method);
    byTemplate.set(route.path, entry);
  }
  return [...byTemplate.values()];
}

const routes = compile([...apiContracts, { method: "GET", path: OPENAPI_DOCUMENT_PATH }]);

/**
 * The `Allow` header of an API path: its methods, HEAD beside GET and
 * OPTIONS (both answered by Next.js itself); null for a path no route has.
 */
export function allowedMethods(apiPath: string): string[] | null {
  const methods = new Set<string>();
  for (const route of routes) if (route.pattern.test(apiPath)) for (const method of route.methods) methods.add(method);
  if (methods.size === 0) return null;
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods].sort();
}

/**
 * The answer for a request under /api/v1 that no route handler would take:
 * 404 for a path no route has (a trailing slash included, which Next.js
 * would otherwise redirect), 405 with `Allow` for a method the path does not
 * answer, both in the API's JSON error shape; null to let the route answer.
 * Next.js's own answers there are an HTML page, an empty 405 and a 308.
 */
export function unroutedApiAnswer(method: string, pathname: string): Response | null {
  const apiPath = pathname.slice(API_PREFIX.length);
  const allow = apiPath.startsWith("/") ? allowedMethods(apiPath) : null;
  if (!allow) {
    return errorResponse(notFound(`No such API route: ${pathname}. Every route is listed in ${API_PREFIX}${OPENAPI_DOCUMENT_PATH}.`, "no_such_route"));
  }
  if (allow.includes(method.toUpperCase())) return null;
  return errorResponse(methodNotAllowed(`${pathname} does not answer ${method.toUpperCase()}; it answers ${allow.join(", ")}.`, allow));
}
