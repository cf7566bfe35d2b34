"use server";

import { previewOfficeChangeFor } from "@/lib/data/change-preview";
import { officeChangePreviewSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

/** Before saving seats, capacity, weekdays or closures: which coming days change and how many people move. */
export const previewOfficeChangeAction = safeAction("offices:manage", officeChangePreviewSchema, async (_user, { officeId, ...change }, now) =>
  previewOfficeChangeFor(officeId, change, now),
);
