import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env, isOidcConfigured } from "@/lib/env";
import { clearAccountFailures, recordSignInFailure, signInRetryAfter } from "@/lib/data/sign-in-failures";
import { signInSchema } from "@/lib/validation/auth";
import { clientAddress } from "./client-address";
import { verifyPassword } from "./password";
import { RATE_LIMITED_ERROR } from "./sign-in-limits";

interface OidcProfile {
  sub: string;
  email?: string;
  preferred_username?: string;
  name?: string;
}

/** Any OpenID Connect provider (Microsoft Entra ID, Google Workspace, Okta...), on when OIDC_* is set. */
function oidcProvider(): OAuthConfig<OidcProfile>[] {
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
      profile: (profile) => ({
        id: profile.sub,
        email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(),
        name: profile.name ?? null,
      }),
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
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const attempt = { email: parsed.data.email, address: clientAddress(request?.headers ?? {}) };
        // The route answers 429 first; this also holds for any other way in. Even a right password waits.
        if ((await signInRetryAfter(attempt, new Date())) > 0) throw new Error(RATE_LIMITED_ERROR);
        const employee = await db.employee.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, givenName: true, familyName: true, active: true, credential: true },
        });
        const valid = Boolean(employee?.active && employee.credential && (await verifyPassword(employee.credential.passwordHash, parsed.data.password)));
        if (!employee || !valid) {
          await recordSignInFailure(attempt, new Date());
          return null;
        }
        await clearAccountFailures(parsed.data.email);
        return { id: employee.id, email: employee.email, name: `${employee.givenName} ${employee.familyName}` };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // Single sign-on only admits people HR has added as active employees.
    async signIn({ user }) {
      return (await activeEmployeeIdByEmail(user.email)) !== null;
    },
    async jwt({ token, user }) {
      if (user) token.employeeId = (await activeEmployeeIdByEmail(user.email)) ?? undefined;
      return token;
    },
    session({ session, token }) {
      session.employeeId = token.employeeId;
      return session;
    },
  },
};
