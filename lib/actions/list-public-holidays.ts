"use server";

import { db } from "@/lib/db";
import { closedDaysIn } from "@/lib/data/closures";
import { notFound, refused } from "@/lib/errors";
import { HOLIDAY_COUNTRIES, publicHolidays, type HolidayCountry } from "@/lib/offices/public-holidays";
import { isRotationLocale } from "@/lib/rotation";
import { publicHolidaysQuerySchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

/** A year's public holidays of the office's country, in its language, to review before saving them as closed days. */
export const listPublicHolidaysAction = safeAction("offices:manage", publicHolidaysQuerySchema, async (_user, { officeId, year }) => {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { country: true, locale: true } });
  if (!office) throw notFound("No office with this id.");
  const country = office.country;
  if (!country || !(HOLIDAY_COUNTRIES as readonly string[]).includes(country)) throw refused("country_missing", "Choose the office's country first.", "country");
  const locale = isRotationLocale(office.locale) ? office.locale : "en";
  const closed = await closedDaysIn(officeId, year);
  return publicHolidays(country as HolidayCountry, year, locale).map((holiday) => ({ ...holiday, alreadyClosed: closed.has(holiday.date) }));
});
