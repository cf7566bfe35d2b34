"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { rejectPlanAction } from "@/lib/actions/reject-plan";
import { FieldErrors, inputClass } from "./editor-context";
import { Spinner } from "@/components/ui/spinner";

/** HR's answer to a leader's submitted proposal: publish it (via the confirm screen) or reject it with a comment. */
export function ReviewActions({ planId, defaultEffectiveFrom, today }: { planId: string; defaultEffectiveFrom: string; today: string }) {
  const t = useTranslations("planReview");
  const router = useRouter();
  const [effectiveFrom, setEffectiveFrom] = useState(defaultEffectiveFrom);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <section aria-labelledby="review-title" className="mb-6 grid gap-4 rounded-lg border border-amber-300 bg-amber-50 p-4 md:grid-cols-2">
      <h2 id="review-title" className="text-lg font-semibold md:col-span-2">{t("title")}</h2>
      {/* next/form: a client-side navigation to the confirm screen, with the button busy until it shows. */}
      <Form action={`/plans/${planId}/publish`} className="space-y-2">
        <label htmlFor="review-effective" className="block text-sm font-medium text-stone-800">{t("effectiveFrom")}</label>
        <input id="review-effective" name="effectiveFrom" type="date" min={today} required className={inputClass} value={effectiveFrom} onChange={(event) => setEffectiveFrom(event.target.value)} />
        <SubmitButton className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("reviewPublish")}</SubmitButton>
      </Form>
      <form className="space-y-2" noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (comment.trim() === "") return setError(t("commentRequired"));
          setPending(true);
          const result = await rejectPlanAction({ planId, comment });
          setPending(false);
          if (!result.ok) return setError(result.error.message);
          router.refresh();
        }}>
        <label htmlFor="review-comment" className="block text-sm font-medium text-stone-800">{t("comment")}</label>
        <textarea id="review-comment" rows={3} className={inputClass} value={comment} maxLength={2000}
          aria-invalid={error ? true : undefined} aria-describedby={error ? "review-comment-errors" : undefined}
          onChange={(event) => { setComment(event.target.value); setError(null); }} />
        <FieldErrors id="review-comment-errors" messages={error ? [error] : []} />
        <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">{pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}{t("reject")}</button>
      </form>
    </section>
  );
}
