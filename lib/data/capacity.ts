import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { notFound } from "@/lib/errors";
import { capacityPerDay } from "@/lib/offices/capacity";
import type { ShownTotals } from "@/lib/privacy/small-groups";
import type { DayStatus } from "@/lib/rotation";
import { getOfficeRotation } from "./office-rotation";
import { shownDays } from "./shown-totals";

/** An office as everyone may see it: where it is and how many people fit per day. */
export interface OfficeSummary {
  id: string;
  name: string;
  timezone: string;
  seats: number;
  capacityPercent: number;
  /** A fixed number of people per day, used instead of the percentage when set. */
  capacityFixed: number | null;
  capacityPerDay: number;
  /** ISO weekdays the office opens (1 = Monday). */
  workingWeekdays: number[];
}

/** One day of an office in totals: never who comes or who stays home, and no count of choices in a small group. */
export interface CapacityDay extends ShownTotals {
  date: IsoDate;
  status: DayStatus;
  /** The closure's reason on a closed day. */
  closure: string | null;
}

const officeSelect = { id: true, name: true, timezone: true, seats: true, capacityPercent: true, capacityFixed: true, workingWeekdays: true } as const;

function toSummary(office: Omit<OfficeSummary, "capacityPerDay">): OfficeSummary {
  return { ...office, capacityPerDay: capacityPerDay(office) };
}

/** Every office, by name. Capacity is for everyone: any signed-in person may list them. */
export async function listOffices(): Promise<OfficeSummary[]> {
  const offices = await db.office.findMany({ orderBy: { name: "asc" }, select: officeSelect });
  return offices.map(toSummary);
}

export async function getOfficeSummary(officeId: string): Promise<OfficeSummary> {
  const office = await db.office.findUnique({ where: { id: officeId }, select: officeSelect });
  if (!office) throw notFound(`There is no office with id ${officeId}.`, "office_not_found");
  return toSummary(office);
}

/**
 * An office's days from..to in totals, read from the engine's cached result,
 * so the page, the API and My office days always agree. The range is
 * validated by the caller's schema (dateRangeQuerySchema).
 */
export async function getOfficeCapacity(officeId: string, from: IsoDate, to: IsoDate): Promise<{ office: OfficeSummary; days: CapacityDay[] }> {
  const office = await getOfficeSummary(officeId);
  const result = await getOfficeRotation(officeId, from, to);
  const shown = shownDays(result);
  const days = result.days.map((day, index) => ({ date: day.date, status: day.status, closure: day.closure, ...(shown[index] as ShownTotals) }));
  return { office, days };
}

/**
 * What an office lacks before its days mean anything: nobody in the rotation,
 * or no published plan covering from..to. The capacity page says so instead
 * of charting "0 of 10 taken". The rotation is the cached one the page just read.
 */
export async function officeSetupGap(officeId: string, from: IsoDate, to: IsoDate): Promise<"noPeople" | "noPlan" | null> {
  const people = await db.employee.count({ where: { officeId, active: true } });
  if (people === 0) return "noPeople";
  const result = await getOfficeRotation(officeId, from, to);
  return result.days.some((day) => day.planVersionId !== null) ? null : "noPlan";
}
