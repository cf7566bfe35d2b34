import "server-only";
import { randomUUID } from "node:crypto";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import { decodeCsvBytes } from "@/lib/people/csv-encoding";
import { readEmployeeCsv, validateCsvRows, writeEmployeeCsv, type CsvIssue } from "@/lib/people/csv";
import { planImport, type ImportOptions, type ImportPlan, type StoredPerson } from "@/lib/people/import-plan";
import { ensureAnAdminRemains, lockActiveAdmins } from "./admins";
import { endSessionsOf } from "./auth-sessions";
import { recordDatedChanges } from "./dated-changes";
import { changeOffices, endChoicesOnMove, endSeatRequests } from "./office-changes";
import type { Tx } from "./transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeatChange } from "@/lib/seats/seat-changes";

export interface ImportSummary {
  applied: boolean;
  created: { row: number; email: string; name: string }[];
  updated: { row: number; email: string; name: string; changed: string[] }[];
  deactivated: { email: string; name: string }[];
  unchanged: number;
  newTeams: { office: string; team: string }[];
}

/** Rows that block the import, or the plan: what HR sees. */
export type ImportReport = { ok: true; summary: ImportSummary } | { ok: false; issues: CsvIssue[] };

/**
 * The report, and for an applied import the seats it gave or took (people
 * it moved, deactivated or added): those stay on the server.
 */
export type ImportOutcome = { ok: true; summary: ImportSummary; seatChanges: SeatChange[] } | { ok: false; issues: CsvIssue[] };

// Imports run one at a time: two at once could each create the same person.
const IMPORT_LOCK = 7_231_001;

async function loadStoredPeople(tx: Tx): Promise<StoredPerson[]> {
  const people = await tx.employee.findMany({
    select: { id: true, email: true, givenName: true, familyName: true, officeId: true, teamId: true, startDate: true, role: true, active: true },
  });
  return people.map((person) => ({ ...person, startDate: fromDbDate(person.startDate) }));
}

/**
 * Plans (dryRun) or applies an employee CSV in one transaction: every row is
 * checked first and any bad row refuses the whole file; nothing is written
 * unless every row is good. Everyone's data is re-read inside the
 * transaction, so the preview and the apply agree with the database at the
 * moment of writing. `file`: the uploaded bytes (UTF-8 or Windows-1252, see
 * csv-encoding.ts), or text already decoded.
 */
export async function importEmployees(user: CurrentUser, file: Uint8Array | string, options: ImportOptions & { dryRun: boolean }, now: Date): Promise<ImportOutcome> {
  const text = typeof file === "string" ? file : decodeCsvBytes(file);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      if (!options.dryRun) await lockActiveAdmins(tx);
      const read = readEmployeeCsv(text);
      if (read.issues.length > 0) return { ok: false, issues: read.issues };
      // One after the other: a transaction is one connection.
      const offices = await tx.office.findMany({ select: { id: true, name: true } });
      const teams = await tx.team.findMany({ select: { id: true, officeId: true, name: true } });
      const people = await loadStoredPeople(tx);
      const checked = validateCsvRows(read.rows, offices);
      const { plan, issues } = planImport(checked.valid, { people, teams, canManageRoles: can(user.role, "roles:manage"), uploaderId: user.id }, options);
      const allIssues = [...checked.issues, ...issues].sort((a, b) => a.row - b.row);
      if (allIssues.length > 0) return { ok: false, issues: allIssues };
      const officeName = new Map(offices.map((office) => [office.id, office.name]));
      const summary = summarize(plan, officeName, !options.dryRun);
      if (options.dryRun) return { ok: true, summary, seatChanges: [] };
      const { seatChanges } = await changeOffices(tx, officesOf(plan), now, () => applyPlan(tx, user, plan, now));
      return { ok: true, summary, seatChanges };
    },
    // 10,000 rows are written in a few bulk statements, well within this.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

function summarize(plan: ImportPlan, officeName: Map<string, string>, applied: boolean): ImportSummary {
  const name = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;
  return {
    applied,
    created: plan.create.map((entry) => ({ row: entry.row, email: entry.fields.email, name: name(entry.fields) })),
    updated: plan.update.map((entry) => ({ row: entry.row, email: entry.after.email, name: name(entry.after), changed: entry.changed })),
    deactivated: plan.deactivate.map((person) => ({ email: person.email, name: name(person) })),
    unchanged: plan.unchanged,
    newTeams: plan.newTeams.map((team) => ({ office: officeName.get(team.officeId) ?? team.officeId, team: team.name })),
  };
}

/** Every office whose people the import changes: the offices of those it adds, changes (before and after) or deactivates. */
function officesOf(plan: ImportPlan): string[] {
  return [
    ...plan.create.map((entry) => entry.fields.officeId),
    ...plan.update.flatMap((entry) => [entry.before.officeId, entry.after.officeId]),
    ...plan.deactivate.map((person) => person.officeId),
  ];
}

async function applyPlan(tx: Tx, user: CurrentUser, plan: ImportPlan, now: Date): Promise<void> {
  const teamIdOf = new Map<string, string>();
  if (plan.newTeams.length > 0) {
    const created = await tx.team.createManyAndReturn({ data: plan.newTeams.map((team) => ({ officeId: team.officeId, name: team.name })), select: { id: true, officeId: true, name: true } });
    plan.newTeams.forEach((team, index) => teamIdOf.set(team.key, created[index]!.id));
    await tx.auditLog.createMany({
      data: created.map((team) => ({ actorId: user.id, action: "team.create", entityType: "team", entityId: team.id, after: { name: team.name, officeId: team.officeId, source: "import" } })),
    });
  }
  const resolveTeam = (entry: { teamKey: string | null; teamId: string | null }) => (entry.teamKey ? teamIdOf.get(entry.teamKey)! : entry.teamId);

  // Bulk statements over arrays (unnest): row-by-row inserts through the ORM take far longer for 10,000 people.
  const creates = plan.create.map((entry) => ({ ...entry.fields, id: randomUUID(), teamId: resolveTeam(entry) }));
  if (creates.length > 0) {
    await tx.$executeRaw`
      INSERT INTO employee (id, email, given_name, family_name, office_id, team_id, start_date, role, active, created_at, updated_at)
      SELECT v.id, v.email, v.given_name, v.family_name, v.office_id, v.team_id, v.start_date, v.role::role, true, now(), now()
      FROM unnest(
        ${creates.map((row) => row.id)}::text[], ${creates.map((row) => row.email)}::text[], ${creates.map((row) => row.givenName)}::text[],
        ${creates.map((row) => row.familyName)}::text[], ${creates.map((row) => row.officeId)}::text[], ${creates.map((row) => row.teamId)}::text[],
        ${creates.map((row) => row.startDate)}::date[], ${creates.map((row) => row.role)}::text[]
      ) AS v(id, email, given_name, family_name, office_id, team_id, start_date, role)`;
  }

  // A move or a departure ends the person's seat requests (a move their stay-homes too) before they change.
  await endChoicesOnMove(tx, plan.update.filter((entry) => entry.before.officeId !== entry.after.officeId).map((entry) => entry.id), now);
  await endSeatRequests(tx, plan.deactivate.map((person) => person.id), now);
  if (plan.update.length > 0) {
    const rows = plan.update.map((entry) => ({ ...entry.after, id: entry.id, teamId: resolveTeam(entry) }));
    // One statement for every update: thousands of single-row UPDATEs would take seconds.
    await tx.$executeRaw`
      UPDATE employee AS e SET
        given_name = v.given_name, family_name = v.family_name, office_id = v.office_id, team_id = v.team_id,
        start_date = v.start_date, role = v.role::role, active = true, updated_at = now()
      FROM unnest(
        ${rows.map((row) => row.id)}::text[], ${rows.map((row) => row.givenName)}::text[], ${rows.map((row) => row.familyName)}::text[],
        ${rows.map((row) => row.officeId)}::text[], ${rows.map((row) => row.teamId)}::text[], ${rows.map((row) => row.startDate)}::date[],
        ${rows.map((row) => row.role)}::text[]
      ) AS v(id, given_name, family_name, office_id, team_id, start_date, role)
      WHERE e.id = v.id`;
  }
  if (plan.deactivate.length > 0) {
    await tx.employee.updateMany({ where: { id: { in: plan.deactivate.map((person) => person.id) } }, data: { active: false } });
  }
  // An update also reactivates (active = true above).
  await recordDatedChanges(
    tx,
    [
      ...plan.update.map((entry) => ({ employeeId: entry.id, before: entry.before, after: { ...entry.after, teamId: resolveTeam(entry), active: true } })),
      ...plan.deactivate.map((person) => ({ employeeId: person.id, before: person, after: { ...person, active: false } })),
    ],
    now,
  );
  await ensureAnAdminRemains(tx);
  // As in the console: the deactivated and those whose role changed are signed out everywhere.
  const signedOut = [...plan.deactivate.map((person) => person.id), ...plan.update.filter((entry) => entry.changed.includes("role")).map((entry) => entry.id)];
  await endSessionsOf(tx, signedOut, now);

  const entries: { action: string; entityId: string; before: unknown; after: unknown }[] = [
    ...creates.map((row) => ({ action: "employee.create", entityId: row.id, before: null, after: { ...row, id: undefined, source: "import" } })),
    ...plan.update.map((entry) => ({
      action: "employee.update",
      entityId: entry.id,
      before: pick(entry.before, entry.changed),
      after: pick({ ...entry.after, teamId: resolveTeam(entry) }, entry.changed),
    })),
    ...plan.deactivate.map((person) => ({ action: "employee.deactivate", entityId: person.id, before: { active: true }, after: { active: false, source: "import" } })),
  ];
  if (entries.length > 0) {
    await tx.$executeRaw`
      INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, before, after, created_at)
      SELECT v.id, ${user.id}, v.action, 'employee', v.entity_id, v.before, v.after, now()
      FROM unnest(
        ${entries.map(() => randomUUID())}::text[], ${entries.map((entry) => entry.action)}::text[], ${entries.map((entry) => entry.entityId)}::text[],
        ${entries.map((entry) => (entry.before === null ? null : JSON.stringify(entry.before)))}::jsonb[], ${entries.map((entry) => JSON.stringify(entry.after))}::jsonb[]
      ) AS v(id, action, entity_id, before, after)`;
  }
  await tx.auditLog.create({
    data: {
      actorId: user.id,
      action: "employee.import",
      entityType: "import",
      after: { created: plan.create.length, updated: plan.update.length, deactivated: plan.deactivate.length, unchanged: plan.unchanged, newTeams: plan.newTeams.length },
    },
  });
}

function pick<T extends object>(value: T, keys: readonly string[]): Prisma.InputJsonObject {
  return Object.fromEntries(keys.map((key) => [key, (value as Record<string, Prisma.InputJsonValue | null>)[key] ?? null]));
}

/** Every active employee in the import's format: export then import changes nothing. */
export async function exportEmployeesCsv(): Promise<string> {
  const people = await db.employee.findMany({
    where: { active: true },
    orderBy: { email: "asc" },
    select: { email: true, givenName: true, familyName: true, startDate: true, role: true, office: { select: { name: true } }, team: { select: { name: true } } },
  });
  return writeEmployeeCsv(
    people.map((person) => ({
      email: person.email,
      givenName: person.givenName,
      familyName: person.familyName,
      office: person.office.name,
      team: person.team?.name ?? null,
      startDate: fromDbDate(person.startDate),
      role: person.role,
    })),
  );
}

/** For the API: bad rows become one 422 with every row listed. */
export function invalidRowsError(issues: CsvIssue[]): AppError {
  return new AppError(422, "invalid_rows", `${issues.length} row${issues.length === 1 ? "" : "s"} cannot be imported; nothing was written.`, {
    rows: issues.map((issue) => ({ row: issue.row, column: issue.column, message: issue.message })),
  });
}
