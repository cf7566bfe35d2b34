import { localeCookie, type Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import nb from "../i18n/messages/nb.json";
import nl from "../i18n/messages/nl.json";
import sv from "../i18n/messages/sv.json";
import { cookieValue, negotiateLocale } from "../i18n/negotiate";

/**
 * What the web server answers while the database is down: 503 with
 * Retry-After, as the API's JSON error for /api/ and as a small page in the
 * person's language for everything else. It is rendered without Next.js or
 * the database, so it works whatever state they are in.
 */
const messages: Record<Locale, typeof en> = { en, nb, sv, nl };
export const RETRY_AFTER_SECONDS = 5;

export interface Unavailable {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

export function unavailableResponse(pathname: string, cookieHeader: string | undefined, acceptLanguage: string | undefined): Unavailable {
  const locale = negotiateLocale(cookieValue(cookieHeader, localeCookie), acceptLanguage ?? null);
  const words = messages[locale].unavailable;
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return {
      status: 503,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ error: { code: "unavailable", message: words.api } }),
    };
  }
  const title = escapeHtml(words.title);
  const page = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escapeHtml(messages[locale].common.appName)}</title>
<style>body{font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917;margin:0;display:grid;min-height:100vh;place-items:center}main{max-width:32rem;padding:2rem}h1{font-size:1.5rem}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(words.body)}</p>
<p><a href="${escapeHtml(pathname)}">${escapeHtml(words.reload)}</a></p>
</main>
</body>
</html>
`;
  return {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" },
    body: page,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
