import { can, type Permission, type Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** Key in the "nav" messages. */
  label: "myDays" | "team" | "offices" | "teams" | "employees" | "audit";
  permission: Permission;
}

const items: NavItem[] = [
  { href: "/", label: "myDays", permission: "days:own" },
  { href: "/team", label: "team", permission: "team:view" },
  { href: "/offices", label: "offices", permission: "offices:manage" },
  { href: "/teams", label: "teams", permission: "teams:manage" },
  { href: "/employees", label: "employees", permission: "employees:manage" },
  { href: "/audit", label: "audit", permission: "audit:view" },
];

/** The pages a role may open, in menu order. */
export function navItemsFor(role: Role): NavItem[] {
  return items.filter((item) => can(role, item.permission));
}
