import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { ApiContract } from "./contract";
import { apiContracts } from "./contracts";
import { errorBodySchema } from "./error-body";

const errorResponses = {
  "400": "Bad input (`field` names it): a date that is not a real day from 2000-01-01 to 2100-12-31, a range over 366 days, a control character in any text, a missing field",
  "401": "Not signed in, or an unknown or revoked token",
  "403": "The caller's role may not do this, or the data is someone else's",
  "404": "No such thing",
  "409": "Conflicts with the current state",
  "422": "Well-formed, but a rule refuses it (a past day, not your office day...)",
  "429": "Too many requests; see Retry-After",
} as const;

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
              content: { [spec.contentType ?? "application/json"]: { schema: spec.schema ?? z.string() } },
            }),
          },
        ]),
      ),
      ...Object.fromEntries(Object.entries(errorResponses).map(([status, description]) => [status, { description, content: errorContent }])),
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
        "Office days, stay-home days, extra days and capacity, for the signed-in person (session cookie) or a personal access token (`Authorization: Bearer ...`, created on the profile page). Errors are `{\"error\": {\"code\", \"message\", \"field\"?}}`.",
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
