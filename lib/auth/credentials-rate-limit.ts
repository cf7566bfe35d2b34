import "server-only";
import { env } from "@/lib/env";
import { signInRetryAfter } from "@/lib/data/sign-in-failures";
import { signInSchema } from "@/lib/validation/auth";
import { requestAddress } from "./request-address";
import { RATE_LIMITED_ERROR } from "./sign-in-limits";
import { now } from "@/lib/clock";

const emailField = signInSchema.shape.email;

/**
 * Answers a credentials sign-in with 429 and Retry-After while its account or
 * address is over the limit, before next-auth sees it; null lets it through.
 * The body keeps next-auth's JSON shape ({ url }) so its client reports the
 * error code to the sign-in form.
 */
export async function refuseWhenRateLimited(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => undefined);
  const email = emailField.safeParse(form?.get("email"));
  const retryAfter = await signInRetryAfter(
    { email: email.success ? email.data : undefined, address: requestAddress(request.headers) },
    now(),
  );
  if (retryAfter === 0) return null;
  const url = new URL("/sign-in", env().NEXTAUTH_URL ?? request.url);
  url.searchParams.set("error", RATE_LIMITED_ERROR);
  return Response.json(
    { url: url.toString(), error: RATE_LIMITED_ERROR, retryAfterSeconds: retryAfter },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
