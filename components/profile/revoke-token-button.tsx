"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revokeAccessTokenAction } from "@/lib/actions/revoke-access-token";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("accessTokens");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState<string | null>(null);

  return (
    <div>
      <button
        type="button"
        disabled={pending}
        aria-label={t("revokeLabel", { name })}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeAccessTokenAction({ id });
            if (!result.ok) setFailed(result.error.code === "token_not_found" ? t("errors.token_not_found") : t("errors.generic"));
            router.refresh();
          })
        }
        className="rounded-md border border-red-300 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-70"
      >
        {t("revoke")}
      </button>
      {failed ? <p role="alert" className="mt-1 text-sm text-red-800">{failed}</p> : null}
    </div>
  );
}
