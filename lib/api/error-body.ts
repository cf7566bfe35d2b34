import { z } from "zod";
import { AppError } from "@/lib/errors";
import { controlCharacterMessage, findControlCharacter, type ControlRule } from "@/lib/validation/text";

/** The body of every API error: `{"error": {"code", "message", "field"?, ...}}`. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Machine-readable, e.g. invalid_input, past_day, day_full" }),
      message: z.string(),
      field: z.string().optional().meta({ description: "The input field at fault, as a dotted path" }),
      issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      rows: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });

export type ErrorBody = z.infer<typeof errorBodySchema>;

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Bad input in `where` ("query", "body", "path"): every issue, the first as the headline. */
export function fromZodError(error: z.ZodError, where: string): AppError {
  const issues = error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message }));
  const first = issues[0];
  const message = first ? `${where}${first.field ? ` field "${first.field}"` : ""}: ${first.message}` : `Invalid ${where}`;
  return new AppError(400, "invalid_input", message, { field: first?.field || undefined, issues });
}

/**
 * The one check of raw input for control characters, before any schema
 * sees it (apiRoute: path, query and body; safeAction: its input): 400
 * naming the field, or the value unchanged. `rule` "none" for addresses,
 * "lines" for bodies and forms.
 */
export function refuseControlCharacters<T>(value: T, where: string, rule: ControlRule): T {
  const error = controlCharacterError(value, where, rule);
  if (error) throw error;
  return value;
}

export function controlCharacterError(value: unknown, where: string, rule: ControlRule): AppError | null {
  const hit = findControlCharacter(value, rule);
  if (!hit) return null;
  const field = fieldOf(hit.path) || (where === "body" ? "body" : undefined);
  return new AppError(400, "invalid_input", `${where}${field && field !== where ? ` field "${field}"` : ""}: ${controlCharacterMessage(hit)}`, {
    field,
    issues: [{ field: field ?? where, message: "controlCharacters" }],
  });
}

function isUniqueViolation(error: unknown): error is { code: "P2002"; meta?: { target?: unknown } } {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Any thrown value as an AppError, or null for a bug (which the caller logs
 * and answers with 500, revealing nothing).
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return fromZodError(error, "input");
  if (isUniqueViolation(error)) {
    const target = error.meta?.target;
    const field = Array.isArray(target) ? target.join(", ") : typeof target === "string" ? target : undefined;
    return new AppError(409, "already_exists", `Something with the same ${field ?? "key"} already exists.`, { field });
  }
  return null;
}

export function errorBody(error: AppError): ErrorBody {
  const { field, issues, rows } = error.details;
  return { error: { code: error.code, message: error.message, ...(field && { field }), ...(issues && { issues }), ...(rows && { rows }) } };
}

/** Any thrown value as the API's error answer: `{"error": {...}}` with its status and headers; a bug is logged and answered 500 revealing nothing. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error("[api] unexpected error", error);
    return Response.json({ error: { code: "internal", message: "Something went wrong on our side. Try again later." } }, { status: 500 });
  }
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (appError.details.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.ceil(appError.details.retryAfterSeconds));
  if (appError.details.allow) headers["Allow"] = appError.details.allow.join(", ");
  if (appError.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="office-rotation"';
  return Response.json(errorBody(appError), { status: appError.status, headers });
}
