/**
 * What each role may do. Pure data: the server checks it on every page,
 * action and API route; the navigation shows only what it allows.
 */
export const roles = ["EMPLOYEE", "LEADER", "HR", "ADMIN"] as const;
export type Role = (typeof roles)[number];

const everyone = ["EMPLOYEE", "LEADER", "HR", "ADMIN"] as const;

const grants = {
  /** See and change one's own office days: stay home, undo, extra days. */
  "days:own": everyone,
  /** One's own profile: calendar feed and personal access tokens. */
  "profile:own": everyone,
  /** One's own notifications and, in the demo, one's own emails (Mailbox). */
  "notifications:own": everyone,
  /** How full each day is, per office, in totals only. */
  "capacity:view": everyone,
  /** See the team's office days and how full each day is, in aggregate only. */
  "team:view": ["LEADER", "HR", "ADMIN"],
  /** Propose the days of a team one leads, as a draft for HR. */
  "team:propose": ["LEADER"],
  /** Trends over time in totals: leaders for the teams they lead. */
  "trends:view": ["LEADER", "HR", "ADMIN"],
  /** Trends of a whole office, and its breakdowns by team, priority class and wave. */
  "trends:office": ["HR", "ADMIN"],
  "offices:manage": ["HR", "ADMIN"],
  "teams:manage": ["HR", "ADMIN"],
  "employees:manage": ["HR", "ADMIN"],
  /** Change anyone's role (HR manages people, admins decide who is HR or admin). */
  "roles:manage": ["ADMIN"],
  "plans:manage": ["HR", "ADMIN"],
  "audit:view": ["HR", "ADMIN"],
  /** See how notifications are being delivered (totals and errors, never who was told what) and retry failed ones. */
  "deliveries:manage": ["ADMIN"],
  /** Revoke other people's personal access tokens. */
  "tokens:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;
export const permissions = Object.keys(grants) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (grants[permission] as readonly Role[]).includes(role);
}
