"use server";

import { publishPlan } from "@/lib/data/plans";
import { publishPlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

// Only what HR's page shows: seatChanges say who holds extra days, which is private to each of them.
export const publishPlanAction = safeAction("plans:manage", publishPlanSchema, async (user, input, now) => {
  const { version, peopleChanged, officeId } = await publishPlan(user, input, now);
  return { version, peopleChanged, officeId };
});
