import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { toDbDate, todayIn } from "@/lib/date-only";
import { ROTATION_LOCALES } from "@/lib/rotation";
import { now } from "@/lib/clock";
import { recordDatedChanges } from "@/lib/data/dated-changes";

/** `npm run admin:create`: the first admin of a real installation, and their office if it is new. */
export const createAdminSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "--email must be an email address" })),
  givenName: z.string().trim().min(1, { error: "--given-name is required" }).max(100),
  familyName: z.string().trim().min(1, { error: "--family-name is required" }).max(100),
  office: z.string().trim().min(1, { error: "--office is required" }).max(100),
  timezone: z
    .string()
    .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC", { error: "--timezone must be an IANA time zone such as Europe/Oslo" })
    .optional(),
  locale: z.enum(ROTATION_LOCALES, { error: `--locale must be one of ${ROTATION_LOCALES.join(", ")}` }).optional(),
  seats: z.coerce.number().int().min(1, { error: "--seats must be a whole number of at least 1" }).optional(),
  capacityPercent: z.coerce.number().int().min(1).max(100, { error: "--capacity-percent must be 1 to 100" }).default(100),
  password: z.string().min(12, { error: "ADMIN_PASSWORD must be at least 12 characters" }).optional(),
});

/** As given on the command line: strings, checked by createAdminSchema. */
export type CreateAdminInput = Partial<Record<keyof z.input<typeof createAdminSchema>, string>>;

export async function createAdmin(db: PrismaClient, input: CreateAdminInput): Promise<{ employeeId: string; officeCreated: boolean }> {
  const data = createAdminSchema.parse(input);
  return db.$transaction(async (tx) => {
    let office = await tx.office.findUnique({ where: { name: data.office } });
    const officeCreated = !office;
    if (!office) {
      if (!data.timezone || !data.locale || !data.seats) {
        throw new Error(`Office "${data.office}" does not exist yet: give --timezone, --locale and --seats to create it`);
      }
      office = await tx.office.create({
        data: { name: data.office, timezone: data.timezone, locale: data.locale, seats: data.seats, capacityPercent: data.capacityPercent, workingWeekdays: [1, 2, 3, 4, 5] },
      });
    }
    const before = await tx.employee.findUnique({ where: { email: data.email }, select: { id: true, officeId: true, teamId: true, familyName: true, active: true } });
    const employee = await tx.employee.upsert({
      where: { email: data.email },
      create: {
        email: data.email,
        givenName: data.givenName,
        familyName: data.familyName,
        officeId: office.id,
        startDate: toDbDate(todayIn(data.timezone ?? office.timezone, now())),
        role: "ADMIN",
      },
      update: { role: "ADMIN", active: true },
    });
    if (before && !before.active) {
      // Reactivated: they count in their office's rotation from today (README "Dated changes"), which every app instance decides again.
      await recordDatedChanges(tx, [{ employeeId: before.id, before, after: { ...before, active: true } }], now());
      await tx.office.update({ where: { id: before.officeId }, data: { revision: { increment: 1 } } });
    }
    // Someone made admin (or given a new password) signs in again: sessions opened before end (as lib/data/auth-sessions.ts does for a role change).
    await tx.authSession.updateMany({ where: { employeeId: employee.id, endedAt: null }, data: { endedAt: now() } });
    if (data.password) {
      const passwordHash = await hashPassword(data.password);
      await tx.credential.upsert({ where: { employeeId: employee.id }, create: { employeeId: employee.id, passwordHash }, update: { passwordHash } });
    }
    await tx.auditLog.create({
      data: { action: "employee.create_admin", entityType: "employee", entityId: employee.id, after: { email: data.email, role: "ADMIN", office: data.office } },
    });
    return { employeeId: employee.id, officeCreated };
  });
}
