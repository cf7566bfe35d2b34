import "server-only";
import { bearerToken } from "@/lib/auth/access-token";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { userByAccessToken } from "@/lib/data/access-tokens";
import { unauthorized } from "@/lib/errors";

/**
 * The caller of an API route: a personal access token when the request
 * carries `Authorization`, otherwise the session cookie. A bad or revoked
 * token is refused outright rather than falling back to the cookie, so a
 * client never acts as someone other than the token says.
 */
export async function authenticateRequest(request: Request, now: Date): Promise<CurrentUser | null> {
  const header = request.headers.get("authorization");
  if (header === null) return getCurrentUser();
  const token = bearerToken(header);
  if (!token) throw unauthorized("Send the token as `Authorization: Bearer <token>`.", "invalid_token");
  const user = await userByAccessToken(token, now);
  if (!user) throw unauthorized("This token is unknown, revoked, or its owner is no longer active.", "invalid_token");
  return user;
}
