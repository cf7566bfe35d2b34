import "server-only";
import { db } from "@/lib/db";

export type OidcLinkResult =
  | { kind: "admitted"; employeeId: string }
  | { kind: "not-registered" }
  | { kind: "linked-to-another-subject" };

/**
 * Who a single sign-on is, by the provider's stable subject first. The first
 * sign-on of a registered, active employee links their subject; from then on
 * the subject decides, so a later change of the email claim (or someone else
 * given that address) cannot sign in as them.
 */
export async function resolveOidcEmployee({ subject, email }: { subject: string; email: string }): Promise<OidcLinkResult> {
  const linked = await db.employee.findUnique({ where: { oidcSubject: subject }, select: { id: true, active: true } });
  if (linked) return linked.active ? { kind: "admitted", employeeId: linked.id } : { kind: "not-registered" };
  if (!email) return { kind: "not-registered" };
  const byEmail = await db.employee.findUnique({ where: { email }, select: { id: true, active: true, oidcSubject: true } });
  if (!byEmail?.active) return { kind: "not-registered" };
  if (byEmail.oidcSubject !== null) return { kind: "linked-to-another-subject" };
  // Only if still unlinked: two first sign-ons at once cannot both link.
  const { count } = await db.employee.updateMany({ where: { id: byEmail.id, oidcSubject: null }, data: { oidcSubject: subject } });
  return count === 1 ? { kind: "admitted", employeeId: byEmail.id } : { kind: "linked-to-another-subject" };
}

/** The active employee a linked subject belongs to. */
export async function employeeIdBySubject(subject: string): Promise<string | null> {
  const employee = await db.employee.findUnique({ where: { oidcSubject: subject }, select: { id: true, active: true } });
  return employee?.active ? employee.id : null;
}
