"use server";

import { publicHolidaysForOffice } from "@/lib/data/closures";
import { publicHolidaysQuerySchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

/** A year's public holidays of the office's country, in its language, to review before saving them as closed days. */
export const listPublicHolidaysAction = safeAction("offices:manage", publicHolidaysQuerySchema, async (_user, { officeId, year }) =>
  publicHolidaysForOffice(officeId, year),
);
