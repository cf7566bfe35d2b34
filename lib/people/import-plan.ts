import type { Role } from "@/lib/auth/permissions";
import type { CsvIssue, ValidRow } from "./csv";

/** A person as stored, as far as the import compares them. */
export interface StoredPerson {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  officeId: string;
  teamId: string | null;
  startDate: string;
  role: Role;
  active: boolean;
}

export type PersonFields = Omit<StoredPerson, "id">;

export interface PlannedTeam {
  key: string;
  officeId: string;
  name: string;
}

export interface ImportPlan {
  create: { row: number; fields: Omit<PersonFields, "teamId">; teamKey: string | null; teamId: string | null }[];
  update: { row: number; id: string; before: PersonFields; after: Omit<PersonFields, "teamId">; teamKey: string | null; teamId: string | null; changed: (keyof PersonFields)[] }[];
  deactivate: StoredPerson[];
  unchanged: number;
  newTeams: PlannedTeam[];
}

export interface ImportOptions {
  /** Deactivate active people in the uploader's scope whom the file does not list. */
  deactivateMissing: boolean;
  /** Create teams the file names that the office does not have yet. */
  createTeams: boolean;
}

export interface PlanContext {
  people: StoredPerson[];
  teams: { id: string; officeId: string; name: string }[];
  /** Whether the uploader may give or change roles (admins). */
  canManageRoles: boolean;
  /** Never deactivated by their own import. */
  uploaderId: string;
}

const teamKey = (officeId: string, name: string) => `${officeId}\u0000${name.toLowerCase()}`;

/**
 * Decides what an import does: who is created, updated (and which fields),
 * deactivated, and which teams are created. Refuses, per row, what the
 * uploader may not do (a role change without roles:manage, an unknown team
 * without "create teams"). Pure: the caller loads the context and writes.
 */
export function planImport(rows: ValidRow[], context: PlanContext, options: ImportOptions): { plan: ImportPlan; issues: CsvIssue[] } {
  const byEmail = new Map(context.people.map((person) => [person.email, person]));
  const teamIds = new Map(context.teams.map((team) => [teamKey(team.officeId, team.name), team.id]));
  const newTeams = new Map<string, PlannedTeam>();
  const issues: CsvIssue[] = [];
  const plan: ImportPlan = { create: [], update: [], deactivate: [], unchanged: 0, newTeams: [] };

  for (const row of rows) {
    const existing = byEmail.get(row.email);
    let teamId: string | null = null;
    let plannedTeam: string | null = null;
    if (row.team !== null) {
      const key = teamKey(row.officeId, row.team);
      teamId = teamIds.get(key) ?? null;
      if (!teamId) {
        if (!options.createTeams) {
          issues.push({ row: row.row, column: "team", code: "team_unknown", message: `The office has no team "${row.team}" (tick "create unknown teams" to create it).` });
          continue;
        }
        if (!newTeams.has(key)) newTeams.set(key, { key, officeId: row.officeId, name: row.team });
        plannedTeam = key;
      }
    }
    const role: Role = row.role ?? existing?.role ?? "EMPLOYEE";
    if (!context.canManageRoles && role !== (existing?.role ?? "EMPLOYEE")) {
      issues.push({ row: row.row, column: "role", code: "role_not_allowed", message: existing ? "Only admins change roles." : "Only admins add people with a role other than EMPLOYEE." });
      continue;
    }
    const fields = { email: row.email, givenName: row.givenName, familyName: row.familyName, officeId: row.officeId, startDate: row.startDate, role, active: true };
    if (!existing) {
      plan.create.push({ row: row.row, fields, teamKey: plannedTeam, teamId });
      continue;
    }
    const { id, ...before } = existing;
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== before[key]) as (keyof PersonFields)[];
    if (plannedTeam !== null || teamId !== before.teamId) changed.push("teamId");
    if (changed.length === 0) plan.unchanged++;
    else plan.update.push({ row: row.row, id, before, after: fields, teamKey: plannedTeam, teamId, changed });
  }

  if (options.deactivateMissing) {
    const listed = new Set(rows.map((row) => row.email));
    plan.deactivate = context.people.filter(
      (person) =>
        person.active &&
        !listed.has(person.email) &&
        person.id !== context.uploaderId &&
        // HR may not take away HR's or admins' access; only admins may.
        (context.canManageRoles || (person.role !== "HR" && person.role !== "ADMIN")),
    );
  }
  plan.newTeams = [...newTeams.values()];
  return { plan, issues };
}
