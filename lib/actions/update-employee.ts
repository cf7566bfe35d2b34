"use server";

import { updateEmployee } from "@/lib/data/employees";
import { updateEmployeeSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

export const updateEmployeeAction = safeAction("employees:manage", updateEmployeeSchema, async (user, { id, employee }) => {
  await updateEmployee(user, id, employee);
  return { id };
});
