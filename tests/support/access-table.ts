import type { Permission, Role } from "@/lib/auth/permissions";

/**
 * Who may open every page, call every API route and run every server
 * action, as data. tests/unit/access-table.test.ts fails when a page, route
 * or action file exists without a row here (or a row without its file), and
 * checks each row against the code; tests/integration/access-routes.test.ts
 * and tests/e2e/access-table.spec.ts check the real answers role by role.
 */

const EVERYONE: Role[] = ["EMPLOYEE", "LEADER", "HR", "ADMIN"];
const MANAGERS: Role[] = ["LEADER", "HR", "ADMIN"];
const HR_ADMIN: Role[] = ["HR", "ADMIN"];
export const ROLES: Role[] = EVERYONE;

export type Access = Permission | "public";

export interface PageRow {
  file: string;
  /** A URL that opens it ("[id]" replaced by an id that does not exist: allowed roles get 404, others 403). */
  url: string;
  access: Access;
  roles: Role[];
}

export interface RouteRow {
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The URL to call; "public" routes are answered without sign-in. */
  url: string;
  access: Access;
  roles: Role[];
  /** For a request with a body. */
  body?: { text: string; contentType: string };
}

export interface ActionRow {
  file: string;
  access: Access;
  roles: Role[];
}

export const pageTable: PageRow[] = [
  { file: "app/sign-in/page.tsx", url: "/sign-in", access: "public", roles: EVERYONE },
  { file: "app/(app)/page.tsx", url: "/", access: "days:own", roles: EVERYONE },
  { file: "app/(app)/team/page.tsx", url: "/team", access: "team:view", roles: MANAGERS },
  { file: "app/(app)/offices/page.tsx", url: "/offices", access: "offices:manage", roles: HR_ADMIN },
  { file: "app/(app)/offices/new/page.tsx", url: "/offices/new", access: "offices:manage", roles: HR_ADMIN },
  { file: "app/(app)/offices/[id]/page.tsx", url: "/offices/no-such-office", access: "offices:manage", roles: HR_ADMIN },
  { file: "app/(app)/teams/page.tsx", url: "/teams", access: "teams:manage", roles: HR_ADMIN },
  { file: "app/(app)/teams/new/page.tsx", url: "/teams/new", access: "teams:manage", roles: HR_ADMIN },
  { file: "app/(app)/teams/[id]/page.tsx", url: "/teams/no-such-team", access: "teams:manage", roles: HR_ADMIN },
  { file: "app/(app)/employees/page.tsx", url: "/employees", access: "employees:manage", roles: HR_ADMIN },
  { file: "app/(app)/employees/new/page.tsx", url: "/employees/new", access: "employees:manage", roles: HR_ADMIN },
  { file: "app/(app)/employees/[id]/page.tsx", url: "/employees/no-such-person", access: "employees:manage", roles: HR_ADMIN },
  { file: "app/(app)/employees/import/page.tsx", url: "/employees/import", access: "employees:manage", roles: HR_ADMIN },
  { file: "app/(app)/audit/page.tsx", url: "/audit", access: "audit:view", roles: HR_ADMIN },
];

export const routeTable: RouteRow[] = [
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", url: "/api/auth/providers", access: "public", roles: EVERYONE },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", url: "/api/auth/signout", access: "public", roles: EVERYONE },
  { file: "app/api/v1/openapi.json/route.ts", method: "GET", url: "/api/v1/openapi.json", access: "public", roles: EVERYONE },
  { file: "app/api/v1/me/route.ts", method: "GET", url: "/api/v1/me", access: "profile:own", roles: EVERYONE },
  {
    file: "app/api/v1/employees/import/route.ts",
    method: "POST",
    url: "/api/v1/employees/import?dryRun=true",
    access: "employees:manage",
    roles: HR_ADMIN,
    body: { text: "email,given name,family name,office,team,start date,role\n", contentType: "text/csv" },
  },
  { file: "app/api/v1/employees/export/route.ts", method: "GET", url: "/api/v1/employees/export", access: "employees:manage", roles: HR_ADMIN },
];

export const actionTable: ActionRow[] = [
  { file: "lib/actions/set-locale.ts", access: "public", roles: EVERYONE },
  { file: "lib/actions/create-office.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/update-office.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/preview-office-change.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/add-closures.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/update-closure.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/delete-closure.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/list-public-holidays.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/create-team.ts", access: "teams:manage", roles: HR_ADMIN },
  { file: "lib/actions/update-team.ts", access: "teams:manage", roles: HR_ADMIN },
  { file: "lib/actions/delete-team.ts", access: "teams:manage", roles: HR_ADMIN },
  { file: "lib/actions/create-employee.ts", access: "employees:manage", roles: HR_ADMIN },
  { file: "lib/actions/update-employee.ts", access: "employees:manage", roles: HR_ADMIN },
  { file: "lib/actions/set-employee-active.ts", access: "employees:manage", roles: HR_ADMIN },
  { file: "lib/actions/import-employees.ts", access: "employees:manage", roles: HR_ADMIN },
];
