import { describe, expect, it } from "vitest";
import { EnvError, isDemoMode, isOidcConfigured, parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("starts with nothing set: embedded database, demo mode, port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.READ_CONCURRENCY).toBe(4);
    expect(env.PRIVACY_MIN_GROUP).toBe(5);
    expect(isDemoMode(env)).toBe(true);
  });

  it("runs the delivery worker and keeps emails in the local mailbox unless told otherwise", () => {
    const env = parseEnv({});
    expect(env.WORKER).toBe(true);
    expect(env.SMTP_URL).toBeUndefined();
    expect(parseEnv({ WORKER: "false" }).WORKER).toBe(false);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "Rotation <r@example.com>" })).toMatchObject({
      SMTP_URL: "smtps://u:p@mail.example.com:465",
      MAIL_FROM: "Rotation <r@example.com>",
    });
  });

  it("turns demo mode off by default on an external database, and on when asked", () => {
    expect(isDemoMode(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/app" }))).toBe(false);
    expect(isDemoMode(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/app", DEMO_MODE: "true" }))).toBe(true);
  });

  it("reads TRUSTED_PROXIES as a number of proxies or a list of addresses and ranges; unset trusts none", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXIES: "" }).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toEqual({ hops: 2 });
    expect(parseEnv({ TRUSTED_PROXIES: " 10.0.0.0/8, 192.0.2.7 ,fd00::/8" }).TRUSTED_PROXIES).toEqual({ ranges: ["10.0.0.0/8", "192.0.2.7", "fd00::/8"] });
  });

  it("treats an empty variable as not set", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL must be a postgresql:// URL"],
    [{ PORT: "eighty" }, "PORT must be a port number from 1 to 65535"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET must be at least 32 characters"],
    [{ DEMO_MODE: "yes" }, "DEMO_MODE must be true or false"],
    [{ READ_CONCURRENCY: "0" }, "READ_CONCURRENCY must be a whole number from 1 to 64"],
    [{ READ_CONCURRENCY: "many" }, "READ_CONCURRENCY must be a whole number from 1 to 64"],
    [{ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" }, 'TRUSTED_PROXIES must be a number of proxies in front of the app (e.g. 1) or their addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8, 192.0.2.7); not an address or range: "proxy.internal"'],
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }, 'not an address or range: "10.0.0.0/33"'],
    [{ TRUSTED_PROXIES: "17" }, "TRUSTED_PROXIES must be a number of proxies"],
    [{ PRIVACY_MIN_GROUP: "0" }, "PRIVACY_MIN_GROUP must be a whole number from 1 to 1000"],
    [{ PRIVACY_MIN_GROUP: "2.5" }, "PRIVACY_MIN_GROUP must be a whole number from 1 to 1000"],
    [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL must be an smtp:// or smtps:// URL"],
    [{ MAIL_FROM: "not an address" }, "MAIL_FROM must be an email address"],
    [{ WORKER: "maybe" }, "WORKER must be true or false"],
  ])("names the malformed variable %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  describe("single sign-on", () => {
    const complete = { OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" };

    it("is on when issuer, client id and secret are all set", () => {
      expect(isOidcConfigured(parseEnv(complete))).toBe(true);
      expect(isOidcConfigured(parseEnv({}))).toBe(false);
    });

    it("names each missing variable when only some are set", () => {
      expect(() => parseEnv({ OIDC_ISSUER: complete.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID is required when OIDC_ISSUER is set/);
      expect(() => parseEnv({ OIDC_ISSUER: complete.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_SECRET is required/);
    });
  });
});
