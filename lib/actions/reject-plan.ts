"use server";

import { rejectPlan } from "@/lib/data/plans";
import { rejectPlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

export const rejectPlanAction = safeAction("plans:manage", rejectPlanSchema, rejectPlan);
