"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/text-field";
import { RATE_LIMITED_ERROR, SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { signInSchema } from "@/lib/validation/auth";

interface DemoAccount {
  role: string;
  roleLabel: string;
  email: string;
}

export function SignInForm({ demo, oidcName, initialError }: { demo?: { password: string; accounts: DemoAccount[] }; oidcName?: string; initialError?: string }) {
  const t = useTranslations("signIn");
  const tRateLimit = useTranslations("rateLimit");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>(
    initialError ? { form: initialError } : {},
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message as "emailInvalid"}`);
      setErrors(fieldErrors);
      return;
    }
    setPending(true);
    setErrors({});
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setPending(false);
      const limited = result?.error === RATE_LIMITED_ERROR;
      setErrors({ form: limited ? tRateLimit("tooMany", { minutes: SIGN_IN_LIMITS.windowMinutes }) : t("errors.invalid") });
      return;
    }
    router.push("/");
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {errors.form ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {errors.form}
          </p>
        ) : null}
        <TextField id="email" type="email" autoComplete="username" label={t("email")} value={email} error={errors.email}
          onChange={(event) => setEmail(event.target.value)} />
        <TextField id="password" type="password" autoComplete="current-password" label={t("password")} value={password} error={errors.password}
          onChange={(event) => setPassword(event.target.value)} />
        <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {oidcName ? (
        <button type="button" onClick={() => void signIn("oidc", { callbackUrl: "/" })}
          className="w-full rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100">
          {t("withProvider", { provider: oidcName })}
        </button>
      ) : null}
      {demo ? (
        <section aria-labelledby="demo-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm">
          <h2 id="demo-title" className="font-semibold text-brand-800">{t("demoTitle")}</h2>
          <p className="mt-1 text-stone-700">{t("demoHint", { password: demo.password })}</p>
          <ul className="mt-3 grid gap-2">
            {demo.accounts.map((account) => (
              <li key={account.email}>
                <button type="button" onClick={() => { setEmail(account.email); setPassword(demo.password); }}
                  className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-left hover:bg-stone-100">
                  <span className="font-medium">{t("useDemo", { role: account.roleLabel })}</span>{" "}
                  <span className="break-all text-stone-700">{account.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
