import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { controlCharacterError, fromZodError, toAppError } from "@/lib/api/error-body";
import type { FieldIssue, RowIssue } from "@/lib/errors";
import { now } from "@/lib/clock";

export interface ActionError {
  code: string;
  message: string;
  field?: string;
  issues?: FieldIssue[];
  rows?: RowIssue[];
}

/** Each action's input schema, so a test can walk every action's inputs (tests/integration/date-inputs.test.ts). */
export const actionInputSchemas = new WeakMap<object, z.ZodType>();

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Wraps a server action like the API wraps a route: the caller must hold
 * `permission` (checked on the server, 403 otherwise), the input is parsed
 * with the same zod schema the API route uses, and a rule's refusal comes
 * back as a result the form can show next to its field instead of a crash.
 */
export function safeAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (user: CurrentUser, input: z.output<S>, now: Date) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const action = async (input: z.input<S>): Promise<ActionResult<T>> => {
    const user = await requirePermission(permission);
    // Control characters are refused for every action here (tab and line breaks allowed: a field may be multi-line).
    const refusal = controlCharacterError(input, "input", "lines");
    if (refusal) return { ok: false, error: toActionError(refusal) };
    const parsed = await schema.safeParseAsync(input);
    if (!parsed.success) return { ok: false, error: toActionError(fromZodError(parsed.error, "input")) };
    try {
      return { ok: true, data: await run(user, parsed.data, now()) };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      return { ok: false, error: toActionError(appError) };
    }
  };
  actionInputSchemas.set(action, schema);
  return action;
}

function toActionError(error: NonNullable<ReturnType<typeof toAppError>>): ActionError {
  return { code: error.code, message: error.message, ...error.details };
}
