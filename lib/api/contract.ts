import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiResponseSpec {
  description: string;
  /** JSON body; omit for an empty body or a non-JSON one (set contentType). */
  schema?: z.ZodType;
  /** Default application/json. */
  contentType?: string;
  /** The same answer in other media types (a download chosen by a query parameter), each with its schema. */
  alsoAs?: Record<string, z.ZodType>;
}

/**
 * One route of the REST API, as data: the zod schemas its handler parses
 * with, who may call it, and what it answers. The OpenAPI document is built
 * from these, so the documentation cannot drift from the parsing.
 */
export interface ApiContract {
  method: HttpMethod;
  /** Under /api/v1, in OpenAPI form: "/me/opt-outs/{date}". */
  path: `/${string}`;
  summary: string;
  description?: string;
  tag: string;
  /**
   * The permission the caller's role needs ("public": no sign-in, e.g. a
   * calendar feed whose URL carries its own secret).
   */
  access: Permission | "public";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Default application/json; "text/csv" hands the handler the file's text (UTF-8 or Windows-1252, detected), parsed by `body` (a string schema). */
  bodyContentType?: "application/json" | "text/csv";
  /** Success responses by status. */
  responses: Partial<Record<200 | 201 | 202 | 204 | 303, ApiResponseSpec>>;
  /**
   * The errors the handler itself may answer, each with when. Those that
   * follow from the contract (400 with input, 401 and 403 by access, 415
   * with a body, 500) are added by the OpenAPI document.
   */
  errors?: Partial<Record<403 | 404 | 409 | 422 | 429, string>>;
}

export function defineContract<const C extends ApiContract>(contract: C): C {
  return contract;
}
