"use server";

import { discardPlan } from "@/lib/data/plans";
import { planIdSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

export const discardPlanAction = safeAction("plans:manage", planIdSchema, (user, input) => discardPlan(user, input));
