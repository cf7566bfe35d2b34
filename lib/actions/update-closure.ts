"use server";

import { updateClosure } from "@/lib/data/closures";
import { updateClosureSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const updateClosureAction = safeAction("offices:manage", updateClosureSchema, async (user, { id, ...change }, now) => {
  await updateClosure(user, id, change, now);
  return { id };
});
