import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

/**
 * Next.js 16 proxy (formerly middleware): a fresh CSP nonce for every page
 * request. Next.js reads the policy from the request headers and puts the
 * nonce on the scripts it renders; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
  const config = env();
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: config.NODE_ENV === "development",
    https: config.NEXTAUTH_URL?.startsWith("https:") ?? false,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (config.NEXTAUTH_URL?.startsWith("https:")) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: static files carry no script, and prefetches reuse the page's policy.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
