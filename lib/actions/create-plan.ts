"use server";

import { createPlan } from "@/lib/data/plans";
import { createPlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

/** HR starts a draft plan for an office. */
export const createPlanAction = safeAction("plans:manage", createPlanSchema, createPlan);
