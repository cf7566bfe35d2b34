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
  // One-click links from emails: the signed token in the URL says whose day or setting; opening the page changes nothing.
  { file: "app/answers/[token]/page.tsx", url: "/answers/not-a-token", access: "public", roles: EVERYONE },
  { file: "app/unsubscribe/[token]/page.tsx", url: "/unsubscribe/not-a-token", access: "public", roles: EVERYONE },
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
  { file: "app/(app)/capacity/page.tsx", url: "/capacity", access: "capacity:view", roles: EVERYONE },
  { file: "app/(app)/trends/page.tsx", url: "/trends", access: "trends:view", roles: MANAGERS },
  { file: "app/(app)/profile/page.tsx", url: "/profile", access: "profile:own", roles: EVERYONE },
  { file: "app/(app)/days/[date]/page.tsx", url: "/days/no-such-day", access: "days:own", roles: EVERYONE },
  { file: "app/(app)/plans/page.tsx", url: "/plans", access: "plans:manage", roles: HR_ADMIN },
  { file: "app/(app)/plans/[id]/page.tsx", url: "/plans/no-such-plan", access: "plans:manage", roles: HR_ADMIN },
  { file: "app/(app)/plans/[id]/publish/page.tsx", url: "/plans/no-such-plan/publish", access: "plans:manage", roles: HR_ADMIN },
  { file: "app/(app)/team-days/page.tsx", url: "/team-days", access: "team:propose", roles: ["LEADER"] },
  { file: "app/(app)/notifications/page.tsx", url: "/notifications", access: "notifications:own", roles: EVERYONE },
  { file: "app/(app)/mailbox/page.tsx", url: "/mailbox", access: "notifications:own", roles: EVERYONE },
  { file: "app/(app)/deliveries/page.tsx", url: "/deliveries", access: "deliveries:manage", roles: ["ADMIN"] },
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
  { file: "app/api/health/route.ts", method: "GET", url: "/api/health", access: "public", roles: EVERYONE },
  { file: "app/api/v1/calendar/[file]/route.ts", method: "GET", url: "/api/v1/calendar/unknown.ics", access: "public", roles: EVERYONE },
  // The signed token is the authority (README "One-click answers"): a token that is not one of ours gets 400, and nothing changes.
  { file: "app/api/v1/answers/[token]/route.ts", method: "POST", url: "/api/v1/answers/not-a-token", access: "public", roles: EVERYONE },
  { file: "app/api/v1/unsubscribe/[token]/route.ts", method: "POST", url: "/api/v1/unsubscribe/not-a-token", access: "public", roles: EVERYONE },
  { file: "app/api/v1/unsubscribe/[token]/route.ts", method: "GET", url: "/api/v1/unsubscribe/not-a-token", access: "public", roles: EVERYONE },
  // Writes are called without body or path parameters: allowed roles get 400 or 415, so nothing changes.
  { file: "app/api/v1/me/days/route.ts", method: "GET", url: "/api/v1/me/days", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/me/opt-outs/route.ts", method: "POST", url: "/api/v1/me/opt-outs", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/me/opt-outs/[date]/route.ts", method: "DELETE", url: "/api/v1/me/opt-outs/x", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/me/extra-days/route.ts", method: "POST", url: "/api/v1/me/extra-days", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/me/extra-days/[date]/route.ts", method: "DELETE", url: "/api/v1/me/extra-days/x", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/me/notifications/route.ts", method: "GET", url: "/api/v1/me/notifications", access: "notifications:own", roles: EVERYONE },
  { file: "app/api/v1/me/notifications/read/route.ts", method: "POST", url: "/api/v1/me/notifications/read", access: "notifications:own", roles: EVERYONE },
  { file: "app/api/v1/me/notification-settings/route.ts", method: "GET", url: "/api/v1/me/notification-settings", access: "notifications:own", roles: EVERYONE },
  { file: "app/api/v1/me/notification-settings/route.ts", method: "PUT", url: "/api/v1/me/notification-settings", access: "notifications:own", roles: EVERYONE, body: { text: '{"emailOff":[],"digest":true,"reminder":false}', contentType: "application/json" } },
  { file: "app/api/v1/offices/route.ts", method: "GET", url: "/api/v1/offices", access: "capacity:view", roles: EVERYONE },
  { file: "app/api/v1/offices/[id]/capacity/route.ts", method: "GET", url: "/api/v1/offices/x/capacity", access: "capacity:view", roles: EVERYONE },
  { file: "app/api/v1/offices/[id]/trends/route.ts", method: "GET", url: "/api/v1/offices/x/trends", access: "trends:view", roles: MANAGERS },
  { file: "app/api/v1/offices/[id]/plans/route.ts", method: "GET", url: "/api/v1/offices/x/plans", access: "plans:manage", roles: HR_ADMIN },
  { file: "app/api/v1/offices/[id]/plans/preview/route.ts", method: "POST", url: "/api/v1/offices/x/plans/preview", access: "plans:manage", roles: HR_ADMIN },
  { file: "app/api/v1/me/sharing/route.ts", method: "GET", url: "/api/v1/me/sharing", access: "profile:own", roles: EVERYONE },
  { file: "app/api/v1/me/sharing/route.ts", method: "PUT", url: "/api/v1/me/sharing", access: "profile:own", roles: EVERYONE },
  { file: "app/api/v1/offices/[id]/whos-in/route.ts", method: "GET", url: "/api/v1/offices/x/whos-in", access: "days:own", roles: EVERYONE },
  { file: "app/api/v1/tokens/[id]/route.ts", method: "DELETE", url: "/api/v1/tokens/x", access: "tokens:manage", roles: ["ADMIN"] },
];

export const actionTable: ActionRow[] = [
  { file: "lib/actions/set-locale.ts", access: "public", roles: EVERYONE },
  { file: "lib/actions/answer-stay-home.ts", access: "public", roles: EVERYONE },
  { file: "lib/actions/unsubscribe.ts", access: "public", roles: EVERYONE },
  { file: "lib/actions/create-office.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/update-office.ts", access: "offices:manage", roles: HR_ADMIN },
  { file: "lib/actions/save-office-channels.ts", access: "offices:manage", roles: HR_ADMIN },
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
  { file: "lib/actions/stay-home.ts", access: "days:own", roles: EVERYONE },
  { file: "lib/actions/undo-stay-home.ts", access: "days:own", roles: EVERYONE },
  { file: "lib/actions/request-extra-day.ts", access: "days:own", roles: EVERYONE },
  { file: "lib/actions/withdraw-extra-day.ts", access: "days:own", roles: EVERYONE },
  { file: "lib/actions/dismiss-notice.ts", access: "days:own", roles: EVERYONE },
  { file: "lib/actions/mark-notifications-read.ts", access: "notifications:own", roles: EVERYONE },
  { file: "lib/actions/save-notification-settings.ts", access: "notifications:own", roles: EVERYONE },
  { file: "lib/actions/retry-failed-deliveries.ts", access: "deliveries:manage", roles: ["ADMIN"] },
  { file: "lib/actions/create-access-token.ts", access: "profile:own", roles: EVERYONE },
  { file: "lib/actions/revoke-access-token.ts", access: "profile:own", roles: EVERYONE },
  { file: "lib/actions/reset-calendar-feed.ts", access: "profile:own", roles: EVERYONE },
  { file: "lib/actions/sign-out-everywhere.ts", access: "profile:own", roles: EVERYONE },
  { file: "lib/actions/set-sharing.ts", access: "profile:own", roles: EVERYONE },
  { file: "lib/actions/create-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/copy-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/save-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/discard-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/publish-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/reject-plan.ts", access: "plans:manage", roles: HR_ADMIN },
  { file: "lib/actions/save-team-days.ts", access: "team:propose", roles: ["LEADER"] },
  { file: "lib/actions/preview-team-days.ts", access: "team:propose", roles: ["LEADER"] },
];
