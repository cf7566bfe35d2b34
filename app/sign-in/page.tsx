import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { QueryErrors } from "@/components/ui/query-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { OIDC_ERRORS } from "@/lib/auth/oidc-errors";
import { RATE_LIMITED_ERROR, SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { env, isDemoMode, isOidcConfigured } from "@/lib/env";
import { readQuery } from "@/lib/validation/query-string";
import { DEMO_LOGINS } from "@/prisma/demo/logins";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("title") };
}

// next-auth sends people back here with ?error=<code> when single sign-on fails.
const signInQuerySchema = z.object({ error: z.string().max(64).optional().catch(undefined) });

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentUser()) redirect("/");
  const { values, errors } = readQuery(await searchParams);
  const { error } = signInQuerySchema.parse(values);
  const [t, tCommon, tRateLimit, tSso] = await Promise.all([
    getTranslations("signIn"),
    getTranslations("common"),
    getTranslations("rateLimit"),
    getTranslations("singleSignOn"),
  ]);
  const config = env();
  const demo = isDemoMode(config)
    ? {
        password: DEMO_LOGINS.password,
        accounts: DEMO_LOGINS.accounts.map((account) => ({ role: account.role, roleLabel: tCommon(`roles.${account.role}`), email: account.email })),
      }
    : undefined;
  function errorMessage(code: string): string {
    if (code === RATE_LIMITED_ERROR) return tRateLimit("tooMany", { minutes: SIGN_IN_LIMITS.windowMinutes });
    if (code === OIDC_ERRORS.emailNotVerified) return tSso("emailNotVerified");
    if (code === OIDC_ERRORS.linkedElsewhere) return tSso("linkedElsewhere");
    return t(code === "AccessDenied" ? "errors.noAccount" : "errors.ssoFailed");
  }
  return (
    <ClientMessages namespaces={["signIn", "rateLimit", "common"]}>
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
        <div className="mb-6 flex justify-end">
          <LocaleSwitcher />
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{tCommon("appName")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
          <p className="mb-6 mt-1 text-stone-700">{tCommon("tagline")}</p>
          <QueryErrors errors={errors} />
          <SignInForm
            demo={demo}
            oidcName={isOidcConfigured(config) ? config.OIDC_DISPLAY_NAME : undefined}
            initialError={error ? errorMessage(error) : undefined}
          />
        </div>
      </main>
    </ClientMessages>
  );
}
