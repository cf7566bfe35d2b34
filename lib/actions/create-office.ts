"use server";

import { createOffice } from "@/lib/data/offices";
import { createOfficeSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const createOfficeAction = safeAction("offices:manage", createOfficeSchema, async (user, settings) => {
  const office = await createOffice(user, settings);
  return { id: office.id };
});
