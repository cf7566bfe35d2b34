import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { navItemsFor } from "@/lib/navigation";
import { capacityPerDay } from "@/lib/offices/capacity";

describe("roles", () => {
  it("employees manage only their own days", () => {
    expect(can("EMPLOYEE", "days:own")).toBe(true);
    expect(can("EMPLOYEE", "team:view")).toBe(false);
    expect(can("EMPLOYEE", "employees:manage")).toBe(false);
  });
  it("leaders see their team in aggregate but manage nothing", () => {
    expect(can("LEADER", "team:view")).toBe(true);
    expect(can("LEADER", "plans:manage")).toBe(false);
    expect(can("LEADER", "audit:view")).toBe(false);
  });
  it("HR and admins manage offices, employees and plans and see the audit log", () => {
    for (const role of ["HR", "ADMIN"] as const) {
      expect(can(role, "offices:manage")).toBe(true);
      expect(can(role, "plans:manage")).toBe(true);
      expect(can(role, "audit:view")).toBe(true);
    }
  });
  it("the menu shows only what the role may open", () => {
    expect(navItemsFor("EMPLOYEE").map((item) => item.href)).toEqual(["/", "/capacity", "/profile"]);
    expect(navItemsFor("LEADER").map((item) => item.href)).toEqual(["/", "/team", "/team-days", "/capacity", "/trends", "/profile"]);
    expect(navItemsFor("HR").map((item) => item.href)).toEqual(["/", "/team", "/capacity", "/trends", "/offices", "/teams", "/employees", "/plans", "/audit", "/profile"]);
  });
});

describe("office capacity", () => {
  it("is seats times the percentage, rounded down", () => {
    expect(capacityPerDay({ seats: 60, capacityPercent: 50, capacityFixed: null })).toBe(30);
    expect(capacityPerDay({ seats: 45, capacityPercent: 30, capacityFixed: null })).toBe(13);
  });
  it("is the fixed number when the office sets one, whatever the seats", () => {
    expect(capacityPerDay({ seats: 60, capacityPercent: 50, capacityFixed: 12 })).toBe(12);
    expect(capacityPerDay({ seats: 60, capacityPercent: 50, capacityFixed: 0 })).toBe(0);
  });
});
