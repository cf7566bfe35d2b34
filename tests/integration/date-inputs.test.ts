import { addDays, format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbClient } from "@/lib/server/prisma-client";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { tokenFor } from "@/tests/support/api";
import { apiOperations, callOperation, urlOf, withField, type ApiOperation } from "@/tests/support/api-operations";
import { freshDemoDatabase } from "@/tests/support/test-db";
import { MAX_TRENDS_DAYS } from "@/lib/validation/trends";

vi.mock("next/headers", async (original) => (await import("@/tests/support/session-mock")).sessionHeaders(await original()));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).noRevalidation(await original()));

/**
 * Every date the app accepts is a real day from 2000-01-01 to 2100-12-31,
 * and every range at most 366 days, however it is given (issue 18, item 1:
 * one POST with 9999-12-31 used to loop the server). Routes come from the
 * OpenAPI document and actions from the access table, so a new route or
 * action that takes a date is covered without being named here.
 */

const REFUSED = ["1999-12-31", "2101-01-01", "9999-12-31", "0000-01-01", "2026-02-30", "10000-01-01", "2026-1-5"];
const ACCEPTED = ["2000-01-01", "2100-12-31"];
/** Answers that say the input was read: a result, "no such thing", a conflict or a rule's refusal. Never 500. */
const READ = [200, 201, 202, 204, 404, 409, 422];

const iso = (date: Date) => format(date, "yyyy-MM-dd");
// Two days on from today in UTC is a future day in every office's time zone, two days back a past one.
const TODAY = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
const SOON = iso(addDays(TODAY, 2));
const daysAfter = (day: string, days: number) => iso(addDays(new Date(`${day}T12:00:00Z`), days));

/** Fails a call that does not answer in time instead of waiting for the test's timeout. */
async function answered<T>(call: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Answer {
  status: number;
  code?: string;
  fields: string[];
}

/** Routes whose ranges may be longer than a year: trends look back two years (lib/validation/trends.ts). */
const LONGER_RANGES: Record<string, number> = { "GET /api/v1/offices/{id}/trends": MAX_TRENDS_DAYS };

const namesField = (answer: Answer, field: string) => answer.fields.includes(field);

let db: DbClient;
let token: string;
let officeId: string;

beforeAll(async () => {
  db = await freshDemoDatabase("date_inputs", TODAY);
  token = await tokenFor(db, "admin@example.com");
  officeId = (await db.employee.findUniqueOrThrow({ where: { email: "admin@example.com" }, select: { officeId: true } })).officeId;
});
afterAll(() => db.$disconnect());

describe("every API route that takes a date", () => {
  const operations = apiOperations();
  const dateInputs = (operation: ApiOperation) => [
    ...operation.parameters.filter((parameter) => parameter.format === "date").map((parameter) => ({ where: parameter.in, name: parameter.name })),
    ...operation.bodyFields.filter((field) => field.format === "date").map((field) => ({ where: "body" as const, name: field.path })),
  ];
  const dated = operations.filter((operation) => dateInputs(operation).length > 0);

  it("finds the date-taking routes in the OpenAPI document", () => {
    expect(dated.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining(["GET /api/v1/me/days", "POST /api/v1/me/opt-outs", "DELETE /api/v1/me/opt-outs/{date}", "GET /api/v1/offices/{id}/capacity"]),
    );
  });

  /** Calls the route with `values` in the location of the date input(s) and everything else left out. */
  async function call(operation: ApiOperation, where: "path" | "query" | "body", values: Record<string, string>): Promise<Answer> {
    const params = { id: officeId, ...(where === "path" ? values : {}) };
    const body = where === "body" ? Object.entries(values).reduce((all, [path, value]) => ({ ...all, ...withField(path, value) }), {}) : operation.bodyContentType ? {} : undefined;
    const url = urlOf(operation, params, where === "query" ? values : {});
    const response = await answered(callOperation(operation, url, { token, params, body }), `${operation.method} ${url}`);
    const error = response.json?.error as { code?: string; field?: string; issues?: { field: string }[] } | undefined;
    return { status: response.status, code: error?.code, fields: [...new Set([error?.field, ...(error?.issues ?? []).map((issue) => issue.field)].filter((field): field is string => Boolean(field)))] };
  }

  for (const operation of dated) {
    for (const input of dateInputs(operation)) {
      it(`${operation.method} ${operation.path}: ${input.where} ${input.name} refuses days outside 2000-01-01..2100-12-31 and non-days with 400 naming it`, async () => {
        for (const value of REFUSED) {
          const answer = await call(operation, input.where, { [input.name]: value });
          expect({ value, ...answer, named: namesField(answer, input.name) }).toMatchObject({ value, status: 400, code: "invalid_input", named: true });
        }
      });
      it(`${operation.method} ${operation.path}: ${input.where} ${input.name} accepts the first and last day of the window`, async () => {
        const pair = ["from", "to"].includes(input.name) && dateInputs(operation).filter((other) => ["from", "to"].includes(other.name)).length === 2;
        for (const value of ACCEPTED) {
          // A range is asked as that one day (from = to), so only the day itself is judged.
          const answer = await call(operation, input.where, pair ? { from: value, to: value } : { [input.name]: value });
          // Read, or refused by a rule (422 past_day names the field), or 400 for some other field left out: never 400 for this one.
          const refusedAsInput = answer.status === 400 && namesField(answer, input.name);
          expect({ value, status: answer.status, fields: answer.fields, refusedAsInput }).toMatchObject({ value, refusedAsInput: false });
          expect([...READ, 400], `${value}: ${answer.status}`).toContain(answer.status);
        }
      });
    }
    const names = dateInputs(operation).map((input) => input.name);
    const where = dateInputs(operation)[0]?.where;
    if (!names.includes("from") || !names.includes("to") || !where) continue;

    it(`${operation.method} ${operation.path}: a range covers at most 366 days, however it is given`, async () => {
      // Read, or (when the route needs both ends) refused for the missing one, by name.
      const read = async (values: Record<string, string>) => {
        const answer = await call(operation, where, values);
        const missingTo = !values.to && answer.status === 400 && answer.fields.join() === "to";
        expect({ values, status: answer.status, fields: answer.fields, read: READ.includes(answer.status) || missingTo }).toMatchObject({ read: true });
      };
      const refused = async (values: Record<string, string>) => {
        const answer = await call(operation, where, values);
        expect({ values, status: answer.status, named: answer.fields.some((field) => field === "from" || field === "to") }).toMatchObject({ status: 400, named: true });
      };
      const max = LONGER_RANGES[`${operation.method} ${operation.path}`] ?? 366;
      await read({ from: SOON, to: daysAfter(SOON, max - 1) });
      await refused({ from: SOON, to: daysAfter(SOON, max) });
      await refused({ from: daysAfter(SOON, 1), to: SOON });
      await read({ from: SOON });
      await read({ from: "2100-12-31" });
      // Where `from` defaults to today; trends default to weeks back, so an early `to` is read there.
      if (max === 366) await refused({ to: daysAfter(SOON, -4) });
      await refused({ to: daysAfter(SOON, 3000) });
      await refused({ from: "9999-12-31" });
      await refused({ from: "0000-01-01" });
    });
  }
});

describe("every server action that takes a date", () => {
  let actions: import("@/tests/support/action-calls").ActionEntry[];
  let calls: typeof import("@/tests/support/action-calls");
  beforeAll(async () => {
    calls = await import("@/tests/support/action-calls");
    await calls.signInAs(db, "admin@example.com");
    actions = (await calls.safeActions()).filter((entry) => entry.fields.some((field) => field.format === "date"));
  });
  /** Runs as someone allowed to: the admin, or for a role-only action (a leader's team days) a demo person with that role. */
  const signInFor = (entry: import("@/tests/support/action-calls").ActionEntry) =>
    calls.signInAs(db, DEMO_LOGINS.accounts.find((account) => account.role === (entry.roles.includes("ADMIN") ? "ADMIN" : entry.roles[0]))!.email);

  const run = async (entry: { action: (input: unknown) => Promise<unknown>; name: string }, input: Record<string, unknown>): Promise<Answer> => {
    const result = (await answered(entry.action(input), entry.name)) as { ok: boolean; error?: { code: string; field?: string; issues?: { field: string }[] } };
    if (result.ok) return { status: 200, fields: [] };
    const error = result.error!;
    const fields = [...new Set([error.field, ...(error.issues ?? []).map((issue) => issue.field)].filter((field): field is string => Boolean(field)))];
    return { status: error.code === "invalid_input" ? 400 : 422, code: error.code, fields };
  };

  it("finds the date-taking actions, and refuses every bad day by name while taking the first and last of the window", async () => {
    expect(actions.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["stayHomeAction", "undoStayHomeAction", "requestExtraDayAction", "withdrawExtraDayAction", "addClosuresAction", "updateClosureAction", "createEmployeeAction", "updateEmployeeAction", "savePlanAction", "publishPlanAction", "previewOfficeChangeAction", "saveTeamDaysAction", "previewTeamDaysAction"]),
    );
    for (const entry of actions) {
      await signInFor(entry);
      for (const field of entry.fields.filter((candidate) => candidate.format === "date")) {
        const pair = ["from", "to"].includes(field.path) && entry.fields.filter((other) => ["from", "to"].includes(other.path)).length === 2;
        for (const value of REFUSED) {
          const answer = await run(entry, withField(field.path, value));
          expect({ action: entry.name, field: field.path, value, status: answer.status, named: namesField(answer, field.path) }).toMatchObject({ status: 400, named: true });
        }
        for (const value of ACCEPTED) {
          const answer = await run(entry, pair ? { from: value, to: value } : withField(field.path, value));
          expect({ action: entry.name, field: field.path, value, refusedAsInput: answer.status === 400 && namesField(answer, field.path) }).toMatchObject({ refusedAsInput: false });
        }
      }
    }
  });

  it("stay-home: a period covers at most 366 days and 9999-12-31 is refused, not looped over", async () => {
    const stayHome = actions.find((entry) => entry.name === "stayHomeAction")!;
    await signInFor(stayHome);
    expect((await run(stayHome, { from: SOON, to: daysAfter(SOON, 365) })).status).not.toBe(400);
    expect(await run(stayHome, { from: SOON, to: daysAfter(SOON, 366) })).toMatchObject({ status: 400, fields: ["to"] });
    expect(await run(stayHome, { from: daysAfter(SOON, 1), to: SOON })).toMatchObject({ status: 400, fields: ["to"] });
    expect(await run(stayHome, { from: "9999-12-31" })).toMatchObject({ status: 400, fields: ["from"] });
    expect(await run(stayHome, { to: daysAfter(SOON, -4) })).toMatchObject({ status: 400, fields: ["from"] });
  });
});

describe("the employee CSV", () => {
  it("refuses a start date outside the window by row and column, and writes nothing", async () => {
    const operation = apiOperations().find((candidate) => candidate.path === "/api/v1/employees/import")!;
    const csv = (startDate: string) => `email,given name,family name,office,start date\nnew.person@example.com,New,Person,Oslo,${startDate}\n`;
    for (const startDate of ["9999-12-31", "31.12.1999", "2101-01-01"]) {
      const response = await callOperation(operation, "/api/v1/employees/import", { token, body: csv(startDate), contentType: "text/csv" });
      expect({ startDate, status: response.status, rows: response.json.error?.rows }).toMatchObject({ status: 422, rows: [{ row: 2, column: "start date" }] });
    }
    const fine = await callOperation(operation, "/api/v1/employees/import?dryRun=true", { token, body: csv("01.01.2000"), contentType: "text/csv" });
    expect(fine.status).toBe(200);
    expect(await db.employee.count({ where: { email: "new.person@example.com" } })).toBe(0);
  });
});
