"use server";

import { publishPlan } from "@/lib/data/plans";
import { publishPlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

export const publishPlanAction = safeAction("plans:manage", publishPlanSchema, publishPlan);
