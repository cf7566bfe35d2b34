import { generateKeyPairSync } from "node:crypto";
import type { Server } from "node:http";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) for browser
 * tests, with its development login page: any password, the login is the
 * subject. `accounts` maps subjects to their claims and may be changed while
 * it runs (an email claim that changes later).
 */
export interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestProvider {
  /** How many times the app asked the userinfo endpoint. */
  userinfoRequests: () => number;
  close: () => Promise<void>;
}

// One signing key for every provider a run starts, like a real provider across restarts.
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

export async function startTestProvider(options: {
  port: number;
  appUrl: string;
  clientId: string;
  clientSecret: string;
  accounts: Record<string, TestAccount>;
  /** true: the spec's default, scope claims only from userinfo; false: also in the ID token. */
  conformIdTokenClaims: boolean;
}): Promise<TestProvider> {
  const provider = new Provider(`http://localhost:${options.port}`, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "test", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["office-rotation-test-provider"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: options.conformIdTokenClaims,
    features: { devInteractions: { enabled: true } },
    async findAccount(_context, sub) {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...options.accounts[sub] }) };
    },
  });
  let userinfoRequests = 0;
  provider.use(async (context, next) => {
    if (context.path === "/me") userinfoRequests++;
    await next();
  });
  const server: Server = provider.listen(options.port, "localhost");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    userinfoRequests: () => userinfoRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
