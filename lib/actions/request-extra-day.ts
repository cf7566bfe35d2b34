"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { requestExtraDay } from "@/lib/data/extra-days";
import { dayInputSchema } from "@/lib/validation/my-days";

export const requestExtraDayAction = safeAction("days:own", dayInputSchema, async (user, input, now) => {
  const result = await requestExtraDay(user, input.date, now);
  // The page and the day's totals show the change at once.
  revalidatePath("/");
  return result;
});
