import { z } from "zod";

const ipAddress = z.union([z.ipv4(), z.ipv6()]);

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The address a request came from, for per-address sign-in limits. Next.js
 * sets X-Forwarded-For to the socket's address when no proxy did; behind a
 * load balancer the last entry is the one the balancer appended, which the
 * client cannot forge (entries before it can be).
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",").at(-1)?.trim();
  const parsed = ipAddress.safeParse(forwarded);
  return parsed.success ? parsed.data : "unknown";
}
