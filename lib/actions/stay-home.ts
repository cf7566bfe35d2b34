"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { stayHome } from "@/lib/data/stay-home";
import { stayHomeSchema } from "@/lib/validation/my-days";

export const stayHomeAction = safeAction("days:own", stayHomeSchema, async (user, input, now) => {
  const result = await stayHome(user, input, now);
  // The page and the day's totals show the change at once.
  revalidatePath("/");
  return result;
});
