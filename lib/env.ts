import { z } from "zod";
import type { TrustedProxies } from "./auth/client-address";
import { DEFAULT_MIN_GROUP } from "./privacy/small-groups";

const booleanString = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const port = z.coerce
  .number({ error: "must be a port number from 1 to 65535" })
  .int({ error: "must be a port number from 1 to 65535" })
  .min(1, { error: "must be a port number from 1 to 65535" })
  .max(65535, { error: "must be a port number from 1 to 65535" });

/** TEST_NOW: an instant with its offset, e.g. 2026-12-07T07:30:00+01:00 (see lib/clock.ts). */
export const testNowSchema = optional(
  z.iso.datetime({ offset: true, error: "must be an instant with its offset, e.g. 2026-12-07T07:30:00+01:00" }),
);

const proxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
const TRUSTED_PROXIES_FORMAT = "must be a number of proxies in front of the app (e.g. 1) or their addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8, 192.0.2.7)";

/** TRUSTED_PROXIES: "1" (one proxy appends to X-Forwarded-For), or "10.0.0.0/8, 192.0.2.7"; unset: the socket's address counts. */
export const trustedProxiesSchema = optional(
  z
    .string()
    .trim()
    .transform((value, ctx): TrustedProxies => {
      if (/^\d+$/.test(value)) {
        const hops = Number(value);
        if (hops <= 16) return { hops };
        ctx.addIssue({ code: "custom", message: `${TRUSTED_PROXIES_FORMAT}; at most 16 proxies` });
        return z.NEVER;
      }
      const ranges = value.split(",").map((entry) => entry.trim());
      const bad = ranges.filter((entry) => !proxyAddress.safeParse(entry).success);
      if (bad.length === 0) return { ranges };
      ctx.addIssue({ code: "custom", message: `${TRUSTED_PROXIES_FORMAT}; not an address or range: ${bad.map((entry) => `"${entry}"`).join(", ")}` });
      return z.NEVER;
    }),
);

/**
 * Every environment variable the app reads. Parsed once; a missing or
 * malformed value stops the app with a message naming the variable.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(
      z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    ),
    PORT: port.default(3000),
    HOST: optional(z.union([z.ipv4(), z.ipv6()], { error: "must be an IP address to listen on, e.g. 127.0.0.1" })),
    NEXTAUTH_URL: optional(z.url({ error: "must be the app's public URL, e.g. https://office.example.com" })),
    NEXTAUTH_SECRET: optional(z.string().min(32, { error: "must be at least 32 characters" })),
    DEMO_MODE: optional(booleanString),
    EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
    EMBEDDED_PG_PORT: port.default(54329),
    OIDC_ISSUER: optional(z.url({ error: "must be the issuer URL of your OpenID Connect provider" })),
    OIDC_CLIENT_ID: optional(z.string().min(1)),
    OIDC_CLIENT_SECRET: optional(z.string().min(1)),
    OIDC_DISPLAY_NAME: z.string().min(1).default("Single sign-on"),
    READ_CONCURRENCY: z.coerce
      .number({ error: "must be a whole number from 1 to 64" })
      .int({ error: "must be a whole number from 1 to 64" })
      .min(1, { error: "must be a whole number from 1 to 64" })
      .max(64, { error: "must be a whole number from 1 to 64" })
      .default(4),
    TRUSTED_PROXIES: trustedProxiesSchema,
    // The smallest group whose counts of people's choices are shown (README "Small groups"); 1 turns the rule off.
    PRIVACY_MIN_GROUP: z.coerce
      .number({ error: "must be a whole number from 1 to 1000" })
      .int({ error: "must be a whole number from 1 to 1000" })
      .min(1, { error: "must be a whole number from 1 to 1000" })
      .max(1000, { error: "must be a whole number from 1 to 1000" })
      .default(DEFAULT_MIN_GROUP),
    TEST_NOW: testNowSchema,
    SMTP_URL: optional(
      z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587" }),
    ),
    MAIL_FROM: z
      .string()
      .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
        error: 'must be an email address, e.g. rotation@example.com or "Office Rotation <rotation@example.com>"',
      })
      .default("Office Rotation <office-rotation@localhost>"),
    /** Whether `npm start` also runs the delivery worker beside its web server (off for instances that only serve pages). */
    WORKER: optional(booleanString).transform((value) => value ?? true),
  })
  .superRefine((env, ctx) => {
    // A clock set by hand belongs to the tests: never let a real installation run on it.
    if (env.TEST_NOW !== undefined && !isDemoMode(env)) {
      ctx.addIssue({ code: "custom", path: ["TEST_NOW"], message: "is for tests only and is refused outside demo mode (DEMO_MODE=true)" });
    }
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((key) => env[key] !== undefined);
    if (set.length > 0 && set.length < oidc.length) {
      for (const key of oidc.filter((k) => env[k] === undefined)) {
        ctx.addIssue({ code: "custom", path: [key], message: `is required when ${set.join(", ")} is set` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  return result.data;
}

/** Demo mode (demo data and demo logins) is on by default only on the embedded database. */
export function isDemoMode(env: Env): boolean {
  return env.DEMO_MODE ?? env.DATABASE_URL === undefined;
}

export function isOidcConfigured(env: Env): env is Env & Required<Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET">> {
  return env.OIDC_ISSUER !== undefined && env.OIDC_CLIENT_ID !== undefined && env.OIDC_CLIENT_SECRET !== undefined;
}

let cached: Env | undefined;
/** The app's configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
