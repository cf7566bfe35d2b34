"use server";

import { addClosures } from "@/lib/data/closures";
import { addClosuresSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const addClosuresAction = safeAction("offices:manage", addClosuresSchema, async (user, { officeId, closures }, now) => ({
  added: await addClosures(user, officeId, closures, now),
}));
