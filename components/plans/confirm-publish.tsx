"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { publishPlanAction } from "@/lib/actions/publish-plan";
import { Spinner } from "@/components/ui/spinner";

export function ConfirmPublish({ planId, effectiveFrom }: { planId: string; effectiveFrom: string }) {
  const t = useTranslations("planPublish");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      {error ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p> : null}
      <button type="button" disabled={pending} aria-busy={pending || undefined} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={async () => {
          setPending(true);
          const result = await publishPlanAction({ planId, effectiveFrom });
          if (!result.ok) {
            setPending(false);
            return setError(result.error.message);
          }
          router.push(`/plans/${planId}?published=${result.data.peopleChanged}`);
          router.refresh();
        }}>
        {pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}
        {pending ? t("publishing") : t("confirm")}
      </button>
    </div>
  );
}
