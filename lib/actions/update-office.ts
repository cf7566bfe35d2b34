"use server";

import { updateOffice } from "@/lib/data/offices";
import { updateOfficeSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const updateOfficeAction = safeAction("offices:manage", updateOfficeSchema, async (user, { id, settings }, now) => {
  await updateOffice(user, id, settings, now);
  return { id };
});
