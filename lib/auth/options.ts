import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env, isOidcConfigured } from "@/lib/env";
import { clearAccountFailures, recordSignInFailure, signInRetryAfter } from "@/lib/data/sign-in-failures";
import { employeeIdBySubject, resolveOidcEmployee } from "@/lib/data/oidc-accounts";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/data/auth-sessions";
import { signInSchema } from "@/lib/validation/auth";
import { requestAddress } from "./request-address";
import { OIDC_ERRORS } from "./oidc-errors";
import { idTokenClaims, isEmailRefused, mergeUserinfo, needsUserinfo, oidcClaimsSchema, oidcEmail, oidcSubject, type OidcClaims } from "./oidc-claims";
import { verifyPassword } from "./password";
import { RATE_LIMITED_ERROR } from "./sign-in-limits";
import { now } from "@/lib/clock";


/** Any OpenID Connect provider (Microsoft Entra ID, Google Workspace, Okta...), on when OIDC_* is set. */
function oidcProvider(): OAuthConfig<OidcClaims>[] {
  const config = env();
  if (!isOidcConfigured(config)) return [];
  return [
    {
      id: "oidc",
      name: config.OIDC_DISPLAY_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      userinfo: {
        // The ID token may lack the email (spec-conforming providers put it only in userinfo).
        async request({ tokens, client }) {
          const idToken = oidcClaimsSchema.parse(idTokenClaims(tokens.id_token));
          if (!needsUserinfo(idToken) || !tokens.access_token) return idToken;
          try {
            return mergeUserinfo(idToken, await client.userinfo(tokens.access_token));
          } catch (error) {
            console.warn("Single sign-on: the userinfo endpoint did not answer; using the ID token alone.", error);
            return idToken;
          }
        },
      },
      profile: (profile) => {
        const claims = oidcClaimsSchema.parse(profile);
        return { id: oidcSubject(claims), email: oidcEmail(claims), name: claims.name ?? null };
      },
    },
  ];
}

async function activeEmployeeIdByEmail(email: string | null | undefined): Promise<string | null> {
  if (!email) return null;
  const employee = await db.employee.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, active: true },
  });
  return employee?.active ? employee.id : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const attempt = { email: parsed.data.email, address: requestAddress(request?.headers ?? {}) };
        // The route answers 429 first; this also holds for any other way in. Even a right password waits.
        if ((await signInRetryAfter(attempt, now())) > 0) throw new Error(RATE_LIMITED_ERROR);
        const employee = await db.employee.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, givenName: true, familyName: true, active: true, credential: true },
        });
        const valid = Boolean(employee?.active && employee.credential && (await verifyPassword(employee.credential.passwordHash, parsed.data.password)));
        if (!employee || !valid) {
          await recordSignInFailure(attempt, now());
          return null;
        }
        await clearAccountFailures(parsed.data.email);
        return { id: employee.id, email: employee.email, name: `${employee.givenName} ${employee.familyName}` };
      },
    }),
    ...oidcProvider(),
  ],
  events: {
    // The cookie is deleted in this browser; ending its session stops every copy of it too.
    async signOut({ token }) {
      if (token?.employeeId && token.sessionId) await endSession(token.employeeId, token.sessionId, now());
    },
  },
  callbacks: {
    // Single sign-on only admits people HR has added as active employees, recognised by their subject once linked.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return (await activeEmployeeIdByEmail(user.email)) !== null;
      const claims = oidcClaimsSchema.safeParse(profile);
      if (!claims.success) return false;
      if (isEmailRefused(claims.data)) return `/sign-in?error=${OIDC_ERRORS.emailNotVerified}`;
      const result = await resolveOidcEmployee({ subject: oidcSubject(claims.data), email: oidcEmail(claims.data) });
      if (result.kind === "linked-to-another-subject") return `/sign-in?error=${OIDC_ERRORS.linkedElsewhere}`;
      return result.kind === "admitted";
    },
    async jwt({ token, user, account }) {
      if (user) {
        const employeeId = account?.provider === "oidc" ? await employeeIdBySubject(user.id) : await activeEmployeeIdByEmail(user.email);
        token.employeeId = employeeId ?? undefined;
        // Every sign-in opens a session of its own; the cookie works only while it is open.
        token.sessionId = employeeId ? await startSession(employeeId, now()) : undefined;
      }
      return token;
    },
    session({ session, token }) {
      session.employeeId = token.employeeId;
      return session;
    },
  },
};
