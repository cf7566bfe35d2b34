import "server-only";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { roles } from "@/lib/auth/permissions";
import { listTeamOptions } from "@/lib/data/employees";
import { listOfficeOptions } from "@/lib/data/offices";

/** What the employee form needs from the server: offices, teams, role names, and whether roles may change. */
export async function employeeFormOptions(user: CurrentUser) {
  const [offices, teams, tCommon] = await Promise.all([listOfficeOptions(), listTeamOptions(), getTranslations("common")]);
  return {
    offices,
    teams,
    canManageRoles: can(user.role, "roles:manage"),
    roleLabels: Object.fromEntries(roles.map((role) => [role, tCommon(`roles.${role}`)])),
  };
}
