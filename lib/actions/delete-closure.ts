"use server";

import { deleteClosure } from "@/lib/data/closures";
import { deleteClosureSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const deleteClosureAction = safeAction("offices:manage", deleteClosureSchema, async (user, { id }, now) => {
  await deleteClosure(user, id, now);
  return { id };
});
