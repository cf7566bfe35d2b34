"use server";

import { setEmployeeActive } from "@/lib/data/employees";
import { setEmployeeActiveSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

export const setEmployeeActiveAction = safeAction("employees:manage", setEmployeeActiveSchema, async (user, { id, active }, now) => {
  const employee = await setEmployeeActive(user, id, active, now);
  return { id, active: employee.active };
});
