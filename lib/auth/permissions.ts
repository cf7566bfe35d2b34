/**
 * What each role may do. Pure data: the server checks it on every page,
 * action and API route; the navigation shows only what it allows.
 */
export const roles = ["EMPLOYEE", "LEADER", "HR", "ADMIN"] as const;
export type Role = (typeof roles)[number];

const grants = {
  /** See and change one's own office days. */
  "days:own": ["EMPLOYEE", "LEADER", "HR", "ADMIN"],
  /** See the team's office days and how full each day is, in aggregate only. */
  "team:view": ["LEADER", "HR", "ADMIN"],
  "offices:manage": ["HR", "ADMIN"],
  "employees:manage": ["HR", "ADMIN"],
  "plans:manage": ["HR", "ADMIN"],
  "audit:view": ["HR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export function can(role: Role, permission: Permission): boolean {
  return (grants[permission] as readonly Role[]).includes(role);
}
