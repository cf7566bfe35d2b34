import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { addClosures, deleteClosure, publicHolidaysForOffice, updateClosure } from "@/lib/data/closures";
import { createEmployee, searchEmployees, setEmployeeActive, updateEmployee } from "@/lib/data/employees";
import { listAuditEntries } from "@/lib/data/audit";
import { createOffice, updateOffice } from "@/lib/data/offices";
import { createTeam, deleteTeam, updateTeam } from "@/lib/data/teams";
import { previewOfficeChangeFor } from "@/lib/data/change-preview";
import { AppError } from "@/lib/errors";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { currentUserByEmail } from "@/tests/support/current-user";
import { testPrisma } from "@/tests/support/test-db";
import { officeSettingsSchema } from "@/lib/validation/offices";

const db = testPrisma();

const userOf = (email: string): Promise<CurrentUser> => currentUserByEmail(db, email);

const settings = (overrides: Record<string, unknown> = {}) =>
  officeSettingsSchema.parse({ name: "Bergen Console", timezone: "Europe/Oslo", locale: "nb", country: "NO", seats: 40, capacity: { mode: "percent", percent: 50 }, workingWeekdays: [1, 2, 3, 4, 5], ...overrides });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "accepted";
}

describe("HR console data functions (real PostgreSQL)", () => {
  let hr: CurrentUser;
  let admin: CurrentUser;
  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    hr = await userOf("hr@example.com");
    admin = await userOf("admin@example.com");
  });
  afterAll(async () => {
    // The integration tests share one database: leave the demo data as the other files expect it.
    const office = await db.office.findUnique({ where: { name: "Bergen Console" } });
    if (office) {
      await db.employee.deleteMany({ where: { officeId: office.id } });
      await db.team.deleteMany({ where: { officeId: office.id } });
      await db.office.delete({ where: { id: office.id } });
    }
    await db.$disconnect();
  });

  it("records each kind of change in the audit log with before and after, and bumps the office's revision", async () => {
    const started = new Date();
    const office = await createOffice(hr, settings());
    const revision = async () => (await db.office.findUniqueOrThrow({ where: { id: office.id } })).revision;
    const r0 = await revision();
    await updateOffice(hr, office.id, settings({ seats: 50, capacity: { mode: "fixed", people: 12 } }));
    expect(await revision()).toBe(r0 + 1);
    await addClosures(hr, office.id, [{ date: "2027-05-17", reason: "Grunnlovsdag" }], new Date("2026-11-30T12:00:00Z"));
    const closure = await db.closure.findFirstOrThrow({ where: { officeId: office.id } });
    await updateClosure(hr, closure.id, { date: "2027-05-17", reason: "Nasjonaldagen" }, new Date("2026-11-30T12:00:00Z"));
    await deleteClosure(hr, closure.id);
    const team = await createTeam(hr, { name: "Console Team", officeId: office.id, essential: true, servesHardHitCustomers: false, leaderIds: [] });
    await updateTeam(hr, team.id, { name: "Console Team 2", officeId: office.id, essential: false, servesHardHitCustomers: true, leaderIds: [] });
    const person = await createEmployee(hr, { givenName: "Siri", familyName: "Console", email: "siri.console@example.com", officeId: office.id, teamId: team.id, startDate: "2027-01-04", role: "EMPLOYEE" });
    await updateEmployee(hr, person.id, { givenName: "Siri", familyName: "Konsoll", email: "siri.console@example.com", officeId: office.id, teamId: team.id, startDate: "2027-01-04", role: "EMPLOYEE" });
    await setEmployeeActive(hr, person.id, false);
    await setEmployeeActive(hr, person.id, true);
    expect(await revision()).toBeGreaterThan(r0 + 5);

    const entries = await db.auditLog.findMany({ where: { actorId: hr.id, createdAt: { gte: started } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const byAction = (action: string) => entries.filter((entry) => entry.action === action);
    expect(byAction("office.update")[0]).toMatchObject({ before: { seats: 40, capacityFixed: null }, after: { seats: 50, capacityFixed: 12 } });
    expect(byAction("closure.update")[0]).toMatchObject({ before: { reason: "Grunnlovsdag" }, after: { reason: "Nasjonaldagen" } });
    expect(byAction("closure.delete")[0]).toMatchObject({ before: { date: "2027-05-17" }, after: null });
    expect(byAction("team.update")[0]).toMatchObject({ before: { name: "Console Team", essential: true }, after: { name: "Console Team 2", essential: false } });
    expect(byAction("employee.update")[0]).toMatchObject({ before: { familyName: "Console" }, after: { familyName: "Konsoll" } });
    expect(byAction("employee.deactivate")[0]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(byAction("employee.reactivate")).toHaveLength(1);
    for (const action of ["office.create", "closure.create", "team.create", "employee.create"]) expect(byAction(action), action).toHaveLength(1);

    // A team that had people is kept; an empty one can go.
    expect(await refusal(deleteTeam(hr, team.id))).toBe("team_has_members");
    const empty = await createTeam(hr, { name: "Empty Console Team", officeId: office.id, essential: false, servesHardHitCustomers: false, leaderIds: [] });
    await deleteTeam(hr, empty.id);
    expect(await db.team.findUnique({ where: { id: empty.id } })).toBeNull();
  });

  it("the audit page filters by kind and person and pages by keyset without gaps or repeats", async () => {
    const all: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await listAuditEntries({ actor: hr.id, before });
      all.push(...page.entries.map((entry) => entry.id));
      if (!page.olderCursor) break;
      before = page.olderCursor;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(await db.auditLog.count({ where: { actorId: hr.id } }));
    const teams = await listAuditEntries({ kind: "team", actor: hr.id });
    expect(teams.entries.every((entry) => entry.entityType === "team")).toBe(true);
    expect(teams.entries.length).toBeGreaterThan(0);
  });

  it("refuses a role change by HR and lets an admin make it", async () => {
    const person = await db.employee.findUniqueOrThrow({ where: { email: "employee@example.com" } });
    const fields = { givenName: person.givenName, familyName: person.familyName, email: person.email, officeId: person.officeId, teamId: person.teamId, startDate: person.startDate.toISOString().slice(0, 10), role: "LEADER" as const };
    expect(await refusal(updateEmployee(hr, person.id, fields))).toBe("role_change_forbidden");
    expect(await refusal(createEmployee(hr, { ...fields, email: "new.leader@example.com" }))).toBe("role_change_forbidden");
    await updateEmployee(admin, person.id, fields);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: person.id, action: "employee.role_change" } });
    expect(entry).toMatchObject({ before: { role: "EMPLOYEE" }, after: { role: "LEADER" } });
    await updateEmployee(admin, person.id, { ...fields, role: "EMPLOYEE" });
  });

  it("never removes the last active admin, even with two admins demoted at the same moment", async () => {
    const second = await createEmployee(admin, { givenName: "Second", familyName: "Admin", email: "second.admin@example.com", officeId: admin.officeId, teamId: null, startDate: "2026-01-05", role: "ADMIN" });
    const secondUser = await userOf("second.admin@example.com");
    const adminRow = await db.employee.findUniqueOrThrow({ where: { id: admin.id } });
    const demote = (actor: CurrentUser, id: string, row: typeof adminRow) =>
      updateEmployee(actor, id, { givenName: row.givenName, familyName: row.familyName, email: row.email, officeId: row.officeId, teamId: row.teamId, startDate: row.startDate.toISOString().slice(0, 10), role: "HR" });
    const secondRow = await db.employee.findUniqueOrThrow({ where: { id: second.id } });
    const results = await Promise.all([refusal(demote(secondUser, admin.id, adminRow)), refusal(demote(admin, second.id, secondRow))]);
    expect(results.sort()).toEqual(["accepted", "last_admin"]);
    expect(await db.employee.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const remaining = await db.employee.findFirstOrThrow({ where: { role: "ADMIN", active: true } });
    const remainingUser = await userOf(remaining.email);
    expect(await refusal(demote(remainingUser, remaining.id, remaining))).toBe("last_admin");
    // Deactivating the last admin is refused too (by another admin would be the only way; by themselves it is refused as self).
    expect(await refusal(setEmployeeActive(remainingUser, remaining.id, false))).toBe("cannot_deactivate_self");
    // Restore the demo admin for other tests.
    const demoted = await db.employee.findFirstOrThrow({ where: { email: { in: ["admin@example.com", "second.admin@example.com"] }, role: "HR" } });
    await db.employee.update({ where: { id: demoted.id }, data: { role: "ADMIN" } });
    expect(await refusal(setEmployeeActive(await userOf("admin@example.com"), (await userOf("second.admin@example.com")).id, false))).toBe("accepted");
    const lastAdmin = await userOf("admin@example.com");
    expect(await refusal(setEmployeeActive(await userOf("hr@example.com"), lastAdmin.id, false))).toBe("role_change_forbidden");
  });

  it("previews a capacity change: the coming days that change and how many people move", async () => {
    const oslo = await db.office.findUniqueOrThrow({ where: { name: "Oslo" } });
    const same = await previewOfficeChangeFor(oslo.id, { settings: settings({ name: "Oslo", seats: oslo.seats, capacity: { mode: "percent", percent: oslo.capacityPercent } }) }, new Date("2026-11-23T09:00:00Z"));
    expect(same.days).toEqual([]);
    const smaller = await previewOfficeChangeFor(oslo.id, { settings: settings({ name: "Oslo", seats: oslo.seats, capacity: { mode: "fixed", people: 3 } }) }, new Date("2026-11-23T09:00:00Z"));
    expect(smaller.days.length).toBeGreaterThan(0);
    expect(smaller.days.every((day) => day.after.capacity === 3 || day.after.status !== "open")).toBe(true);
    expect(smaller.peopleMoved).toBeGreaterThan(0);
    const closed = await previewOfficeChangeFor(oslo.id, { addClosures: ["2026-11-26"] }, new Date("2026-11-23T09:00:00Z"));
    expect(closed.days.map((day) => [day.date, day.after.status])).toEqual([["2026-11-26", "closed"]]);
  });

  it("offers the office's public holidays in its language, marks days already closed, and refuses closing a day twice", async () => {
    const oslo = await db.office.findUniqueOrThrow({ where: { name: "Oslo" } });
    const holidays = await publicHolidaysForOffice(oslo.id, 2026);
    expect(holidays.find((holiday) => holiday.date === "2026-12-25")).toEqual({ date: "2026-12-25", name: "Første juledag", alreadyClosed: true });
    expect(holidays.find((holiday) => holiday.date === "2026-05-17")?.alreadyClosed).toBe(false);
    expect(await refusal(addClosures(hr, oslo.id, [{ date: "2026-12-25", reason: "Jul" }], new Date("2026-11-30T12:00:00Z")))).toBe("closure_exists");
  });

  it("searches by several words and sorts by any column", async () => {
    const found = await searchEmployees({ q: "åse æsøy", page: 1 });
    expect(found.employees.map((person) => person.email)).toContain("employee@example.com");
    const byEmail = await searchEmployees({ page: 1, sort: "email", dir: "desc" });
    const emails = byEmail.employees.map((person) => person.email);
    expect(emails).toEqual([...emails].sort().reverse());
  });
});
