import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { DbClient } from "@/lib/server/prisma-client";
import { tokenFor } from "./api";

export interface SeatOfficePerson {
  id: string;
  email: string;
  familyName: string;
  token: string;
}

/**
 * An office named `name` with `seats` seats every weekday and a plan in effect
 * since 2026-11-02 that brings everyone in by surname `groups`.
 */
export async function createSurnameOffice(db: DbClient, name: string, seats: number, groups: { from: string; to: string; weekdays: number[] }[]) {
  const office = await db.office.create({
    data: { name, timezone: "Europe/Oslo", locale: "nb", seats, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
  });
  await db.rotationPlan.create({
    data: {
      officeId: office.id,
      name: "Test plan",
      version: 1,
      status: "PUBLISHED",
      effectiveFrom: new Date("2026-11-02T00:00:00Z"),
      publishedAt: new Date(),
      rules: { waves: [{ name: "Everyone", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] },
    },
  });
  return office;
}

/**
 * An office of its own for seat tests: `capacity` seats every weekday; the
 * people named A–K come on Mondays, those named L–Z on Tuesdays (plan in
 * effect since 2026-11-02). Every person gets a personal access token.
 */
export async function createSeatOffice(db: DbClient, options: { capacity: number; mondays: number; tuesdays: number }) {
  const tag = randomUUID().slice(0, 8);
  const office = await createSurnameOffice(db, `Seats ${tag}`, options.capacity, [
    { from: "A", to: "K", weekdays: [1] },
    { from: "L", to: "Z", weekdays: [2] },
  ]);
  const make = async (familyName: string, index: number): Promise<SeatOfficePerson> => {
    const email = `${familyName.toLowerCase()}-${index}-${tag}@seats.test`;
    const employee = await db.employee.create({
      data: { givenName: "Test", familyName, email, officeId: office.id, startDate: new Date("2020-01-01T00:00:00Z") },
    });
    return { id: employee.id, email, familyName, token: await tokenFor(db, email) };
  };
  const mondays = await Promise.all(Array.from({ length: options.mondays }, (_, index) => make(`Andersen${"abcdefghij"[index % 10]}`, index)));
  const tuesdays = await Promise.all(Array.from({ length: options.tuesdays }, (_, index) => make(`Nilsen${"abcdefghij"[index % 10]}`, index)));
  return { office, mondays, tuesdays, user: (person: SeatOfficePerson) => ({ id: person.id, name: person.familyName, email: person.email, role: "EMPLOYEE" as const, officeId: office.id, officeTimezone: office.timezone, teamId: null }) };
}

/** Future days of the test office's plan. */
export const MONDAY = "2027-03-01";
export const TUESDAY = "2027-03-02";
export const SATURDAY = "2027-03-06";

/** An HR person of their own in `officeId` (the audit log names them), inactive so that the office's plan does not count them. */
export async function hrIn(db: DbClient, officeId: string): Promise<CurrentUser> {
  const email = `hr-${randomUUID().slice(0, 8)}@seats.test`;
  const row = await db.employee.create({ data: { givenName: "Hanne", familyName: "Hr", email, role: "HR", active: false, officeId, startDate: new Date("2020-01-01T00:00:00Z") } });
  return { id: row.id, name: "Hanne Hr", email, role: "HR", officeId, officeTimezone: "Europe/Oslo", teamId: null };
}
