"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { undoStayHome } from "@/lib/data/stay-home";
import { dayInputSchema } from "@/lib/validation/my-days";

export const undoStayHomeAction = safeAction("days:own", dayInputSchema, async (user, input, now) => {
  const result = await undoStayHome(user, input.date, now);
  // The page and the day's totals show the change at once.
  revalidatePath("/");
  return result;
});
