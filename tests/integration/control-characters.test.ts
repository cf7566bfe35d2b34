import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbClient } from "@/lib/server/prisma-client";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { tokenFor } from "@/tests/support/api";
import { apiOperations, callOperation, urlOf, withField, type ApiOperation } from "@/tests/support/api-operations";
import { freshDemoDatabase } from "@/tests/support/test-db";

vi.mock("next/headers", async (original) => (await import("@/tests/support/session-mock")).sessionHeaders(await original()));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).noRevalidation(await original()));

/**
 * Control characters in any text input are refused with 400 and the field,
 * centrally (issue 18, item 7: a NUL in a query value answered 500). Every
 * route of the OpenAPI document and every server action is tried, so a new
 * one is covered without being named here.
 */

/** NUL, other C0 controls and DEL; in an address, tab and line breaks too. */
const IN_TEXT = ["\u0000", "\u0001", "\u001b", "\u007f"];
const IN_ADDRESS = [...IN_TEXT, "\t", "\n", "\r"];

let db: DbClient;
let token: string;
let officeId: string;

beforeAll(async () => {
  db = await freshDemoDatabase("control_characters", new Date("2026-11-23T09:00:00Z"));
  token = await tokenFor(db, "admin@example.com");
  officeId = (await db.employee.findUniqueOrThrow({ where: { email: "admin@example.com" }, select: { officeId: true } })).officeId;
});
afterAll(() => db.$disconnect());

const label = (character: string) => `U+${character.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;

describe("every route of the OpenAPI document", () => {
  const operations = apiOperations();

  async function call(operation: ApiOperation, options: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }) {
    const params = { id: officeId, date: "2027-01-04", file: "x.ics", ...options.params };
    const body = options.body ?? (operation.bodyContentType === "text/csv" ? "email\n" : operation.bodyContentType ? {} : undefined);
    const response = await callOperation(operation, urlOf(operation, params, options.query), {
      token,
      params,
      body,
      ...(operation.bodyContentType && { contentType: operation.bodyContentType }),
    });
    return { status: response.status, code: response.json?.error?.code as string | undefined, field: response.json?.error?.field as string | undefined };
  }

  for (const operation of operations) {
    it(`${operation.method} ${operation.path} refuses them in every path and query parameter, and in any query parameter at all`, async () => {
      for (const character of IN_ADDRESS) {
        for (const parameter of operation.parameters) {
          const where = parameter.in === "path" ? { params: { [parameter.name]: `a${character}b` } } : { query: { [parameter.name]: `a${character}b` } };
          expect({ parameter: parameter.name, character: label(character), ...(await call(operation, where)) }).toMatchObject({ status: 400, code: "invalid_input", field: parameter.name });
        }
        expect({ character: label(character), ...(await call(operation, { query: { probe: character } })) }).toMatchObject({ status: 400, field: "probe" });
      }
    });

    if (operation.bodyContentType === "application/json") {
      it(`${operation.method} ${operation.path} refuses them in every field of its JSON body, and in any field at all`, async () => {
        for (const character of IN_TEXT) {
          for (const field of operation.bodyFields) {
            const answer = await call(operation, { body: withField(field.path, `a${character}b`) });
            expect({ sent: field.path, character: label(character), ...answer }).toMatchObject({ status: 400, code: "invalid_input", field: field.path });
          }
          expect({ character: label(character), ...(await call(operation, { body: { probe: { deep: [`a${character}`] } } })) }).toMatchObject({ status: 400, field: "probe.deep.0" });
        }
      });
    }
  }

  it("the CSV import refuses a NUL in the file (400, the line named) and any control character in a cell (the row and column named)", async () => {
    const operation = operations.find((candidate) => candidate.bodyContentType === "text/csv")!;
    const header = "email,given name,family name,office,start date\n";
    const nul = await callOperation(operation, "/api/v1/employees/import?dryRun=true", { token, body: `${header}a@example.com,A\u0000,B,Oslo,2027-01-04\n`, contentType: "text/csv" });
    expect(nul.status).toBe(400);
    expect(nul.json.error).toMatchObject({ code: "invalid_input", field: "body" });
    expect(nul.json.error.message).toContain("line 2");
    const tab = await callOperation(operation, "/api/v1/employees/import?dryRun=true", { token, body: `${header}a@example.com,"A\tA",B,Oslo,2027-01-04\n`, contentType: "text/csv" });
    expect(tab.status).toBe(422);
    expect(tab.json.error.rows).toEqual([expect.objectContaining({ row: 2, column: "given name" })]);
  });
});

describe("every server action", () => {
  it("refuses them in every field of its input with the field named, before anything is read or written", async () => {
    const calls = await import("@/tests/support/action-calls");
    const actions = await calls.safeActions();
    expect(actions.length).toBeGreaterThan(20);
    const before = await db.auditLog.count();
    for (const entry of actions) {
      // Someone the action lets in: the refusal must come from the input, not the role.
      const role = entry.roles.includes("ADMIN") ? "ADMIN" : entry.roles[0]!;
      await calls.signInAs(db, DEMO_LOGINS.accounts.find((account) => account.role === role)!.email);
      for (const field of [...entry.fields, { path: "probe" }]) {
        for (const character of IN_TEXT) {
          const result = await entry.action(withField(field.path, `a${character}b`));
          expect({ action: entry.name, field: field.path, character: label(character), result }).toMatchObject({
            result: { ok: false, error: { code: "invalid_input", field: field.path, issues: [{ field: field.path, message: "controlCharacters" }] } },
          });
        }
      }
    }
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe("one-line texts", () => {
  it("refuse tab and line breaks too, which only multi-line fields may hold", async () => {
    const calls = await import("@/tests/support/action-calls");
    await calls.signInAs(db, "admin@example.com");
    const actions = await calls.safeActions();
    const byName = (name: string) => actions.find((entry) => entry.name === name)!.action;
    for (const character of ["\t", "\n", "\r"]) {
      for (const [name, input, field] of [
        ["createOfficeAction", { name: `Oslo${character}West` }, "name"],
        ["createTeamAction", { name: `A${character}B` }, "name"],
        ["createEmployeeAction", { givenName: `A${character}B` }, "givenName"],
        ["addClosuresAction", { closures: [{ date: "2027-01-04", reason: `A${character}B` }] }, "closures.0.reason"],
      ] as const) {
        const result = await byName(name)(input);
        expect({ name, result }).toMatchObject({ result: { ok: false, error: { issues: expect.arrayContaining([{ field, message: "controlCharacters" }]) } } });
      }
    }
  });
});
