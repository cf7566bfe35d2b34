"use server";

import { savePlan } from "@/lib/data/plans";
import { savePlanSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

export const savePlanAction = safeAction("plans:manage", savePlanSchema, (user, input) => savePlan(user, input));
