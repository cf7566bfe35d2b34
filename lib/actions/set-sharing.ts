"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { setOwnSharing } from "@/lib/data/sharing";
import { sharingSchema } from "@/lib/validation/sharing";

export const setSharingAction = safeAction("profile:own", sharingSchema, async (user, input) => {
  const scope = await setOwnSharing(user, input.with);
  revalidatePath("/profile");
  return { with: scope };
});
