import { generateAccessToken } from "@/lib/auth/access-token";
import type { DbClient } from "@/lib/server/prisma-client";

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface CallOptions {
  token?: string;
  /** A raw Authorization header, to send malformed ones. */
  authorization?: string;
  params?: Record<string, string>;
  /** JSON body (or a string or bytes sent as they are with `contentType`). */
  body?: unknown;
  contentType?: string;
  method?: string;
  /** More request headers (Accept-Language, Cookie). */
  headers?: Record<string, string>;
}

/** Calls an App Router route handler as an HTTP client would, without a server. */
export async function callRoute(handler: RouteHandler, path: string, options: CallOptions = {}) {
  const headers = new Headers(options.headers);
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization) headers.set("authorization", authorization);
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" || options.body instanceof Uint8Array ? (options.body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(options.body);
    headers.set("content-type", options.contentType ?? "application/json");
  }
  const response = await handler(new Request(`http://localhost${path}`, { method: options.method ?? (body ? "POST" : "GET"), headers, body }), {
    params: Promise.resolve(options.params ?? {}),
  });
  // The bytes too, for binary downloads (XLSX) that text would mangle.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, bytes, json: json as Record<string, any> };
}

/** A personal access token for the employee with `email`, straight into the database. */
export async function tokenFor(db: DbClient, email: string): Promise<string> {
  const employee = await db.employee.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const { token, tokenHash, prefix } = generateAccessToken();
  await db.personalAccessToken.create({ data: { employeeId: employee.id, name: "test", tokenHash, prefix } });
  return token;
}
