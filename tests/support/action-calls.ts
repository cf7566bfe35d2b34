import { z } from "zod";
import { encode } from "next-auth/jwt";
import { actionInputSchemas, type ActionResult } from "@/lib/actions/safe-action";
import type { Role } from "@/lib/auth/permissions";
import type { DbClient } from "@/lib/server/prisma-client";
import { actionTable } from "./access-table";
import { schemaFields, type JsonSchema } from "./api-operations";
import { session } from "./session-mock";

/**
 * Calling real server actions from an integration test (with next/headers
 * and next/cache mocked as tests/support/session-mock.ts says): sign in as
 * someone, then walk every action.
 */
const SECRET = "integration-tests-session-secret-0123456789";

/** Makes the following action calls run as the employee with `email`. */
export async function signInAs(db: DbClient, email: string): Promise<void> {
  process.env.NEXTAUTH_SECRET ??= SECRET;
  const employee = await db.employee.findUniqueOrThrow({ where: { email }, select: { id: true } });
  // A cookie names an open session row, as after a real sign-in (lib/data/auth-sessions.ts).
  const { id: sessionId } = await db.authSession.create({ data: { employeeId: employee.id, expiresAt: new Date(Date.now() + 60 * 60 * 1000) }, select: { id: true } });
  const token = await encode({ token: { employeeId: employee.id, sessionId, sub: employee.id, email }, secret: process.env.NEXTAUTH_SECRET });
  session.cookie = `next-auth.session-token=${token}`;
}

export type Action = (input: unknown) => Promise<ActionResult<unknown>>;

export interface ActionEntry {
  name: string;
  file: string;
  /** Who may run it (the access table's row). */
  roles: Role[];
  action: Action;
  /** Fields of the input, as dotted paths ("closures.0.date"), with their JSON Schema format. */
  fields: { path: string; format?: string }[];
}

/** Every action built with safeAction in the files of the access table, with the fields of its input schema. */
export async function safeActions(): Promise<ActionEntry[]> {
  const entries: ActionEntry[] = [];
  for (const row of actionTable) {
    const module = (await import(/* @vite-ignore */ `@/${row.file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    for (const [name, exported] of Object.entries(module)) {
      const schema = typeof exported === "function" ? actionInputSchemas.get(exported) : undefined;
      if (!schema) continue;
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
      entries.push({ name, file: row.file, roles: row.roles, action: exported as Action, fields: schemaFields(json, json.$defs) });
    }
  }
  return entries;
}
