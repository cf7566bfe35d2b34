/**
 * The Content-Security-Policy of every page. Scripts run only with this
 * request's nonce (Next.js puts it on its own scripts) or when loaded by such
 * a script ('strict-dynamic'); nothing else may inject script. Styles allow
 * inline style attributes, which React renders (bar widths, charts), and a
 * nonce must not be listed there or browsers would ignore 'unsafe-inline'.
 */
export interface PolicyOptions {
  nonce: string;
  /** The dev server evaluates code for hot reload. */
  development: boolean;
  /** The public URL is https: also upgrade any http sub-request. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, the preload list's minimum; sent only when the app is served over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
