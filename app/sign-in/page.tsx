import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CardPage } from "@/components/layout/card-page";
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
      <CardPage title={t("title")}>
        <p className="mb-6 mt-1 text-stone-700">{tCommon("tagline")}</p>
        <QueryErrors errors={errors} />
        <SignInForm
          demo={demo}
          oidcName={isOidcConfigured(config) ? config.OIDC_DISPLAY_NAME : undefined}
          initialError={error ? errorMessage(error) : undefined}
        />
      </CardPage>
    </ClientMessages>
  );
}
