import { NextResponse, type NextRequest } from "next/server";
import { API_PREFIX, unroutedApiAnswer } from "@/lib/api/unrouted";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

/**
 * Next.js 16 proxy (formerly middleware). Under /api/v1 it answers what no
 * route handler takes (unknown paths, methods a path does not answer) in the
 * API's JSON error shape. For pages: a fresh CSP nonce for every request.
 * Next.js reads the policy from the request headers and puts the nonce on
 * the scripts it renders; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
  const { pathname } = new URL(request.url);
  if (pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)) return unroutedApiAnswer(request.method, pathname) ?? NextResponse.next();
  // next.config.ts turns off Next.js's own trailing-slash redirect (it would answer the API with 308); pages keep it here.
  if (pathname.length > 1 && pathname.endsWith("/")) {
    const canonical = new URL(request.url);
    canonical.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(canonical, 308);
  }
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
  // The API under /api/v1, and pages: static files carry no script, and prefetches reuse the page's policy.
  matcher: [
    "/api/v1/:path*",
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
