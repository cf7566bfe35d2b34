"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { TextField } from "@/components/ui/text-field";
import { createAccessTokenAction } from "@/lib/actions/create-access-token";
import { createAccessTokenSchema } from "@/lib/validation/access-tokens";
import { CopyField } from "./copy-field";

type ErrorKey = "nameRequired" | "nameTooLong" | "token_not_found" | "generic";

export function CreateTokenForm() {
  const t = useTranslations("accessTokens");
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<ErrorKey | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The same schema the server action parses with, for an instant answer.
    const parsed = createAccessTokenSchema.safeParse({ name });
    if (!parsed.success) {
      setError((parsed.error.issues[0]?.message as ErrorKey | undefined) ?? "generic");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await createAccessTokenAction(parsed.data);
      if (!result.ok) {
        const key = result.error.issues?.[0]?.message ?? result.error.code;
        setError(["nameRequired", "nameTooLong"].includes(key) ? (key as ErrorKey) : "generic");
        return;
      }
      setCreated(result.data);
      setName("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {created ? (
        <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 className="font-semibold text-stone-900">{t("createdTitle", { name: created.name })}</h3>
          <p className="text-sm text-amber-900">{t("createdWarning")}</p>
          <CopyField id="new-token" label={t("tokenLabel")} value={created.token} />
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
        <div className="w-full max-w-sm">
          <TextField id="token-name" label={t("name")} value={name} maxLength={200} error={error ? t(`errors.${error}`) : undefined}
            aria-describedby={error ? "token-name-error" : "token-name-hint"} onChange={(event) => setName(event.target.value)} />
          {error ? null : <p id="token-name-hint" className="mt-1 text-sm text-stone-600">{t("nameHint")}</p>}
        </div>
        <button type="submit" disabled={pending} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? t("creating") : t("create")}
        </button>
      </form>
    </div>
  );
}
