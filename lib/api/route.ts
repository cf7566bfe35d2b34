import "server-only";
import type { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError, forbiddenError, unauthorized } from "@/lib/errors";
import { authenticateRequest } from "./authenticate";
import type { ApiContract } from "./contract";
import { decodeCsvBytes } from "@/lib/people/csv-encoding";
import { errorResponse, fromZodError, refuseControlCharacters } from "./error-body";
import { now as clockNow } from "@/lib/clock";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ApiContext<C extends ApiContract> {
  /** The caller; always null on public routes. */
  user: C["access"] extends "public" ? CurrentUser | null : CurrentUser;
  params: Parsed<C["params"]>;
  query: Parsed<C["query"]>;
  body: Parsed<C["body"]>;
  request: Request;
  now: Date;
}

/** A JSON reply (status defaults to 200), or any Response (a calendar file, a CSV export). */
export type ApiReply = { status?: number; body?: unknown; headers?: Record<string, string> } | Response;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Binds a handler to its contract. Every call is authenticated (session
 * cookie or personal access token), checked against the contract's
 * permission, and has its path, query and body parsed with the contract's
 * zod schemas before the handler runs; every error leaves as
 * `{"error": {...}}` with its status. Handlers only ever see valid input.
 */
export function apiRoute<const C extends ApiContract>(contract: C, handler: (context: ApiContext<C>) => Promise<ApiReply>) {
  return async (request: Request, routeContext: RouteContext): Promise<Response> => {
    try {
      const now = clockNow();
      // A public route's URL carries its own secret (a calendar feed): no
      // sign-in is read, so a stray cookie or header neither helps nor hurts.
      const user = contract.access === "public" ? null : await authenticateRequest(request, now);
      if (contract.access !== "public") {
        if (!user) throw unauthorized();
        if (!can(user.role, contract.access)) throw forbiddenError();
      }
      // Control characters are refused here, once for every route, before any schema or query sees them.
      const rawParams = refuseControlCharacters(await routeContext.params, "path", "none");
      const searchParams = new URL(request.url).searchParams;
      for (const [key, value] of searchParams) refuseControlCharacters({ [key]: value }, "query", "none");
      const params = await parse(contract.params, rawParams, "path");
      const query = await parse(contract.query, Object.fromEntries(searchParams), "query");
      const rawBody = contract.body ? refuseControlCharacters(await readBody(request, contract), "body", "lines") : undefined;
      const body = await parse(contract.body, rawBody, "body");
      const reply = await handler({ user, params, query, body, request, now } as ApiContext<C>);
      return toResponse(reply);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string): Promise<Parsed<S>> {
  if (!schema) return undefined as Parsed<S>;
  const result = await schema.safeParseAsync(value);
  if (!result.success) throw fromZodError(result.error, where);
  return result.data as Parsed<S>;
}

async function readBody(request: Request, contract: ApiContract): Promise<unknown> {
  const expected = contract.bodyContentType ?? "application/json";
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== expected) {
    throw new AppError(415, "unsupported_media_type", `Send the body as ${expected} (Content-Type: ${type || "none"}).`);
  }
  // A CSV upload arrives as bytes in whatever encoding the spreadsheet saved: UTF-8 or Windows-1252.
  if (expected === "text/csv") return decodeCsvBytes(new Uint8Array(await request.arrayBuffer()));
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(400, "invalid_json", "The body is not valid JSON.");
  }
}

function toResponse(reply: ApiReply): Response {
  if (reply instanceof Response) return reply;
  const status = reply.status ?? 200;
  if (status === 204) return new Response(null, { status, headers: reply.headers });
  return Response.json(reply.body ?? null, { status, headers: { "Cache-Control": "no-store", ...reply.headers } });
}
