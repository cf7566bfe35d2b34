"use server";

import { updateEmployee } from "@/lib/data/employees";
import { updateEmployeeSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

export const updateEmployeeAction = safeAction("employees:manage", updateEmployeeSchema, async (user, { id, employee }, now) => {
  await updateEmployee(user, id, employee, now);
  return { id };
});
