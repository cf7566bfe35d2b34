import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { can, roles, type Permission } from "@/lib/auth/permissions";
import type { ApiContract } from "./contract";
import { apiContracts } from "./contracts";
import { errorBodySchema } from "./error-body";

type ErrorStatuses = Record<string, string>;

/**
 * Every error status a route can answer, with when: those that follow from
 * its contract (bad input, sign-in, role, body type, our own failure) and
 * those its handler declares. 404 and 405 for paths and methods no route has
 * are described once, in the document's description.
 */
export function errorStatusesOf(contract: ApiContract): ErrorStatuses {
  const statuses: ErrorStatuses = {};
  const bodyType = contract.bodyContentType ?? "application/json";
  if (contract.params || contract.query || contract.body) {
    statuses["400"] =
      "Bad input (`field` names it): a date that is not a real day from 2000-01-01 to 2100-12-31, a range over 366 days, a control character in any text, a missing field" + (contract.body && bodyType === "application/json" ? ", or a body that is not JSON" : "");
  }
  if (contract.access !== "public") {
    statuses["401"] = "Not signed in, or an unknown or revoked token";
    if (roles.some((role) => !can(role, contract.access as Permission))) statuses["403"] = "The caller's role may not do this";
  }
  if (contract.body) statuses["415"] = `The body is not sent as ${bodyType}`;
  for (const [status, description] of Object.entries(contract.errors ?? {})) {
    statuses[status] = statuses[status] ? `${statuses[status]}; or ${description}` : description;
  }
  statuses["500"] = "Something went wrong on our side (nothing is revealed); try again later";
  return statuses;
}

function operation(contract: ApiContract): ZodOpenApiOperationObject {
  const errorContent = { "application/json": { schema: errorBodySchema } };
  return {
    summary: contract.summary,
    ...(contract.description && { description: contract.description }),
    tags: [contract.tag],
    security: contract.access === "public" ? [] : [{ bearerToken: [] }, { sessionCookie: [] }],
    requestParams: { ...(contract.params && { path: contract.params }), ...(contract.query && { query: contract.query }) },
    ...(contract.body && {
      requestBody: { required: true, content: { [contract.bodyContentType ?? "application/json"]: { schema: contract.body } } },
    }),
    responses: {
      ...Object.fromEntries(
        Object.entries(contract.responses).map(([status, spec]) => [
          status,
          {
            description: spec.description,
            ...((spec.schema || spec.contentType) && {
              content: {
                [spec.contentType ?? "application/json"]: { schema: spec.schema ?? z.string() },
                ...Object.fromEntries(Object.entries(spec.alsoAs ?? {}).map(([type, schema]) => [type, { schema }])),
              },
            }),
          },
        ]),
      ),
      ...Object.fromEntries(Object.entries(errorStatusesOf(contract)).map(([status, description]) => [status, { description, content: errorContent }])),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the same contracts the routes parse with. */
export function buildOpenApiDocument(contracts: readonly ApiContract[] = apiContracts) {
  const paths: ZodOpenApiPathsObject = {};
  for (const contract of contracts) {
    const path = (paths[`/api/v1${contract.path}`] ??= {}) as Record<string, ZodOpenApiOperationObject>;
    path[contract.method.toLowerCase()] = operation(contract);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Office Rotation API",
      version: "1",
      description:
        "Office days, stay-home days, extra days and capacity, for the signed-in person (session cookie) or a personal access token (`Authorization: Bearer ...`, created on the profile page). Every error, on every path under /api/v1, is `{\"error\": {\"code\", \"message\", \"field\"?}}`: each operation lists the statuses it answers; a path no route has answers 404 (`no_such_route`; a trailing slash is not redirected), and a method a path does not answer 405 (`method_not_allowed`) with `Allow`.",
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal access token from the profile page" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    paths,
  });
}
