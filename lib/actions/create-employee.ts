"use server";

import { createEmployee } from "@/lib/data/employees";
import { createEmployeeSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

export const createEmployeeAction = safeAction("employees:manage", createEmployeeSchema, async (user, fields) => {
  const employee = await createEmployee(user, fields);
  return { id: employee.id };
});
