import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/date-only";
import { conflict, forbiddenError, notFound, refused } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmployeeFields, EmployeeListQuery } from "@/lib/validation/employees";
import { ensureAnAdminRemains, lockActiveAdmins } from "./admins";
import { recordAudit } from "./audit";
import { endSessionsOf } from "./auth-sessions";
import { recordDatedChanges } from "./dated-changes";
import { changeOffices, endChoicesOnMove, endSeatRequests, inOfficeChange } from "./office-changes";
import { WRITE_TRANSACTION } from "./office-days";
import type { Tx } from "./transaction";

export const EMPLOYEES_PAGE_SIZE = 50;

const orderBy: Record<EmployeeListQuery["sort"], (dir: "asc" | "desc") => Prisma.EmployeeOrderByWithRelationInput[]> = {
  name: (dir) => [{ familyName: dir }, { givenName: dir }, { id: dir }],
  email: (dir) => [{ email: dir }],
  office: (dir) => [{ office: { name: dir } }, { familyName: "asc" }, { id: "asc" }],
  startDate: (dir) => [{ startDate: dir }, { familyName: "asc" }, { id: "asc" }],
  role: (dir) => [{ role: dir }, { familyName: "asc" }, { id: "asc" }],
};

/**
 * A page of employees for HR and admins: search by name or email, filter by
 * office and status, sort by any column. Offset paging with an exact count:
 * on 10,000 people both stay in single-digit milliseconds (npm run bench).
 */
export async function searchEmployees(query: Pick<EmployeeListQuery, "page"> & Partial<EmployeeListQuery>) {
  const { q, page, sort = "name", dir = "asc", status = "active", office } = query;
  const words = (q ?? "").split(/\s+/).filter(Boolean);
  const where: Prisma.EmployeeWhereInput = {
    ...(status === "all" ? {} : { active: status === "active" }),
    ...(office ? { officeId: office } : {}),
    // Every word must match the given name, family name or email: "kari nor" finds Kari Nordmann.
    AND: words.map((word) => ({
      OR: [
        { givenName: { contains: word, mode: "insensitive" } },
        { familyName: { contains: word, mode: "insensitive" } },
        { email: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
  const [total, employees] = await db.$transaction([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      orderBy: orderBy[sort](dir),
      skip: (page - 1) * EMPLOYEES_PAGE_SIZE,
      take: EMPLOYEES_PAGE_SIZE,
      select: {
        id: true,
        givenName: true,
        familyName: true,
        email: true,
        role: true,
        active: true,
        startDate: true,
        office: { select: { name: true } },
        team: { select: { name: true } },
      },
    }),
  ]);
  return { total, employees, pageCount: Math.max(1, Math.ceil(total / EMPLOYEES_PAGE_SIZE)) };
}

const employeeSelect = {
  id: true,
  givenName: true,
  familyName: true,
  email: true,
  officeId: true,
  teamId: true,
  startDate: true,
  role: true,
  active: true,
} as const;

type StoredEmployee = Prisma.EmployeeGetPayload<{ select: typeof employeeSelect }>;

/** An employee as the audit log records them (dates as ISO days). */
function auditView(employee: StoredEmployee) {
  const { id: _id, ...fields } = employee;
  return { ...fields, startDate: fromDbDate(employee.startDate) };
}

export async function getEmployeeForAdmin(employeeId: string) {
  const employee = await db.employee.findUnique({ where: { id: employeeId }, select: employeeSelect });
  if (!employee) throw notFound("No employee with this id.");
  return { ...employee, startDate: fromDbDate(employee.startDate) };
}

/** Teams of every office, for the employee form's team picker. */
export async function listTeamOptions() {
  return db.team.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, officeId: true } });
}

async function checkTeam(tx: Tx, fields: EmployeeFields) {
  if (!fields.teamId) return;
  const team = await tx.team.findUnique({ where: { id: fields.teamId }, select: { officeId: true } });
  if (!team || team.officeId !== fields.officeId) throw refused("team_not_in_office", "The team belongs to another office.", "teamId");
}

async function checkOffice(tx: Tx, officeId: string) {
  const office = await tx.office.findUnique({ where: { id: officeId }, select: { id: true } });
  if (!office) throw refused("office_unknown", "There is no such office.", "officeId");
}

const data = (fields: EmployeeFields) => ({ ...fields, startDate: toDbDate(fields.startDate) });

/** Adds a person. Only admins (roles:manage) may add someone with a role other than employee. */
export async function createEmployee(user: CurrentUser, fields: EmployeeFields, now: Date) {
  if (fields.role !== "EMPLOYEE" && !can(user.role, "roles:manage")) throw refused("role_change_forbidden", "Only admins give people a role other than employee.", "role");
  const { value, seatChanges } = await inOfficeChange([fields.officeId], now, async (tx) => {
    await checkOffice(tx, fields.officeId);
    await checkTeam(tx, fields);
    const created = await tx.employee.create({ data: data(fields), select: employeeSelect });
    await recordAudit(tx, { actorId: user.id, action: "employee.create", entityType: "employee", entityId: created.id, after: auditView(created) });
    return created;
  });
  return { ...value, seatChanges };
}

/**
 * A change to one person, with the admins' rows locked (lockActiveAdmins)
 * and then their office's lock (changeOffices): in that order everywhere,
 * imports included. Their office is read first, to know which to lock, and
 * checked again under the lock.
 */
async function changeEmployee<T>(employeeId: string, officeIds: (current: string) => string[], now: Date, change: (tx: Tx, before: StoredEmployee) => Promise<T>) {
  const current = await db.employee.findUnique({ where: { id: employeeId }, select: { officeId: true } });
  if (!current) throw notFound("No employee with this id.");
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx);
    return changeOffices(tx, officeIds(current.officeId), now, async () => {
      const before = await tx.employee.findUnique({ where: { id: employeeId }, select: employeeSelect });
      if (!before) throw notFound("No employee with this id.");
      if (before.officeId !== current.officeId) throw conflict("employee_changed", "Someone moved this person to another office meanwhile: reload and try again.");
      return change(tx, before);
    });
  }, WRITE_TRANSACTION);
}

/**
 * Edits a person. A role change needs roles:manage (admins) and may never
 * leave the company without an active admin: the active admins' rows are
 * locked and the rule is checked inside the transaction. A move to another
 * office ends their seat requests and stay-homes (endChoicesOnMove).
 */
export async function updateEmployee(user: CurrentUser, employeeId: string, fields: EmployeeFields, now: Date) {
  const { value, seatChanges } = await changeEmployee(employeeId, (current) => [current, fields.officeId], now, async (tx, before) => {
    if (before.role !== fields.role) {
      if (!can(user.role, "roles:manage")) throw refused("role_change_forbidden", "Only admins change roles.", "role");
    }
    if (!can(user.role, "roles:manage") && (before.role === "HR" || before.role === "ADMIN") && before.email !== fields.email) {
      // Changing an HR person's or admin's sign-in identity would hand their access to someone else.
      throw forbiddenError("Only admins change the email of HR people and admins.");
    }
    await checkOffice(tx, fields.officeId);
    await checkTeam(tx, fields);
    if (before.officeId !== fields.officeId) await endChoicesOnMove(tx, [employeeId], now);
    const after = await tx.employee.update({ where: { id: employeeId }, data: data(fields), select: employeeSelect });
    await recordDatedChanges(tx, [{ employeeId, before, after }], now);
    await ensureAnAdminRemains(tx);
    // A new role starts with a new sign-in: no session opened under the old one goes on.
    if (before.role !== after.role) await endSessionsOf(tx, [employeeId], now);
    await recordAudit(tx, {
      actorId: user.id,
      action: before.role !== after.role ? "employee.role_change" : "employee.update",
      entityType: "employee",
      entityId: employeeId,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  return { ...value, seatChanges };
}

/**
 * Deactivates (signs out and removes from the rotation, keeping history) or
 * reactivates a person; never deletes. Deactivating HR or an admin needs
 * roles:manage; the last active admin can never be deactivated; nobody
 * deactivates themselves. Deactivating ends their seat requests: the seats
 * they held go to the next in line, recorded in this transaction.
 */
export async function setEmployeeActive(user: CurrentUser, employeeId: string, active: boolean, now: Date) {
  if (!active && employeeId === user.id) throw refused("cannot_deactivate_self", "You cannot deactivate yourself.", "active");
  const { value, seatChanges } = await changeEmployee(employeeId, (current) => [current], now, async (tx, before) => {
    if ((before.role === "HR" || before.role === "ADMIN") && !can(user.role, "roles:manage")) {
      throw refused("role_change_forbidden", "Only admins deactivate or reactivate HR people and admins.", "active");
    }
    if (before.active === active) return before;
    if (!active) await endSeatRequests(tx, [employeeId], now);
    const after = await tx.employee.update({ where: { id: employeeId }, data: { active }, select: employeeSelect });
    await recordDatedChanges(tx, [{ employeeId, before, after }], now);
    await ensureAnAdminRemains(tx);
    if (!active) await endSessionsOf(tx, [employeeId], now);
    await recordAudit(tx, {
      actorId: user.id,
      action: active ? "employee.reactivate" : "employee.deactivate",
      entityType: "employee",
      entityId: employeeId,
      before: { active: before.active },
      after: { active: after.active },
    });
    return after;
  });
  return { ...value, seatChanges };
}
