import "server-only";
import { db } from "@/lib/db";
import { SIGN_IN_LIMITS, SIGN_IN_WINDOW_MS, secondsUntilAllowed } from "@/lib/auth/sign-in-limits";

/**
 * Failed sign-ins, kept in PostgreSQL so that every app instance counts the
 * same attempts. `now` is an argument so the window can be tested without a
 * clock; callers pass `new Date()`.
 */
export interface SignInAttempt {
  /** Lower-case email as typed; undefined when the form had none. */
  email: string | undefined;
  address: string;
}

async function recentFailures(where: { email: string } | { address: string }, limit: number, now: Date): Promise<Date[]> {
  const rows = await db.signInFailure.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** Seconds until this account and address may try again; 0 when they may now. */
export async function signInRetryAfter(attempt: SignInAttempt, now: Date): Promise<number> {
  const [byAccount, byAddress] = await Promise.all([
    attempt.email ? recentFailures({ email: attempt.email }, SIGN_IN_LIMITS.perAccount, now) : [],
    recentFailures({ address: attempt.address }, SIGN_IN_LIMITS.perAddress, now),
  ]);
  return Math.max(
    secondsUntilAllowed(byAccount, SIGN_IN_LIMITS.perAccount, now),
    secondsUntilAllowed(byAddress, SIGN_IN_LIMITS.perAddress, now),
  );
}

/** Counts a failed attempt and drops failures that have left the window (they are never needed again). */
export async function recordSignInFailure(attempt: SignInAttempt, now: Date): Promise<void> {
  await db.$transaction([
    db.signInFailure.create({ data: { email: attempt.email ?? "", address: attempt.address, createdAt: now } }),
    db.signInFailure.deleteMany({ where: { createdAt: { lte: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } } }),
  ]);
}

/** A successful sign-in forgives the account's earlier typos (not the address's: others share it). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}
