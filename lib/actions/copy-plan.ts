"use server";

import { copyPlan } from "@/lib/data/plans";
import { copyPlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

/** A new draft from a version: how a published (read-only) version is edited. */
export const copyPlanAction = safeAction("plans:manage", copyPlanSchema, copyPlan);
