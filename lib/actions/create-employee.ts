"use server";

import { createEmployee } from "@/lib/data/employees";
import { createEmployeeSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

export const createEmployeeAction = safeAction("employees:manage", createEmployeeSchema, async (user, fields, now) => {
  const employee = await createEmployee(user, fields, now);
  return { id: employee.id };
});
