import { can, type Permission, type Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** Key in the "nav" messages. */
  label: "myDays" | "team" | "teamDays" | "capacity" | "trends" | "offices" | "teams" | "employees" | "plans" | "audit" | "deliveries" | "profile";
  permission: Permission;
}

const items: NavItem[] = [
  { href: "/", label: "myDays", permission: "days:own" },
  { href: "/team", label: "team", permission: "team:view" },
  { href: "/team-days", label: "teamDays", permission: "team:propose" },
  { href: "/capacity", label: "capacity", permission: "capacity:view" },
  { href: "/trends", label: "trends", permission: "trends:view" },
  { href: "/offices", label: "offices", permission: "offices:manage" },
  { href: "/teams", label: "teams", permission: "teams:manage" },
  { href: "/employees", label: "employees", permission: "employees:manage" },
  { href: "/plans", label: "plans", permission: "plans:manage" },
  { href: "/audit", label: "audit", permission: "audit:view" },
  { href: "/deliveries", label: "deliveries", permission: "deliveries:manage" },
  { href: "/profile", label: "profile", permission: "profile:own" },
];

/** The pages a role may open, in menu order. */
export function navItemsFor(role: Role): NavItem[] {
  return items.filter((item) => can(role, item.permission));
}
