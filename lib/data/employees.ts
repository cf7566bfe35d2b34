import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export const EMPLOYEES_PAGE_SIZE = 50;

/** A page of employees matching `q` (name or email), for HR and admins. */
export async function searchEmployees({ q, page }: { q?: string; page: number }) {
  const where: Prisma.EmployeeWhereInput = q
    ? {
        OR: [
          { givenName: { contains: q, mode: "insensitive" } },
          { familyName: { contains: q, mode: "insensitive" } },
          { email: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const [total, employees] = await db.$transaction([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
      skip: (page - 1) * EMPLOYEES_PAGE_SIZE,
      take: EMPLOYEES_PAGE_SIZE,
      select: {
        id: true,
        givenName: true,
        familyName: true,
        email: true,
        role: true,
        active: true,
        startDate: true,
        office: { select: { name: true } },
        team: { select: { name: true } },
      },
    }),
  ]);
  return { total, employees, pageCount: Math.max(1, Math.ceil(total / EMPLOYEES_PAGE_SIZE)) };
}
