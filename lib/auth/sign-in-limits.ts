/**
 * How many failed sign-ins are allowed before further attempts are refused.
 * Per account it stops password guessing; per client address it stops one
 * machine trying many accounts. The address limit is higher because a whole
 * office often reaches the app through one address.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccount: 10,
  perAddress: 50,
} as const;

export const SIGN_IN_WINDOW_MS = SIGN_IN_LIMITS.windowMinutes * 60_000;

/** The error code next-auth passes to the sign-in page when attempts are refused. */
export const RATE_LIMITED_ERROR = "RateLimited";

/**
 * Seconds until one more attempt is allowed, given the most recent failures
 * inside the window (newest first, at most `limit` of them); 0 when allowed now.
 * The window slides: an attempt is allowed again once the failure that made
 * the count reach the limit has left the window.
 */
export function secondsUntilAllowed(recentFailures: readonly Date[], limit: number, now: Date): number {
  const leaving = recentFailures[limit - 1];
  if (!leaving) return 0;
  const remaining = leaving.getTime() + SIGN_IN_WINDOW_MS - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}
