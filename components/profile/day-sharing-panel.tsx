"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { primaryButton, secondaryButton } from "@/components/forms/fields";
import { setSharingAction } from "@/lib/actions/set-sharing";
import { sharingScopes, type SharingScope } from "@/lib/validation/sharing";

/**
 * The three choices as radio buttons with a Save button, and, while the
 * person shares, a one-click "Stop sharing" back to nobody. Each choice says
 * who will see what; the stored choice is read out after each save.
 */
export function DaySharingPanel({ current, hints }: { current: SharingScope; hints: Record<SharingScope, string> }) {
  const t = useTranslations("sharing");
  const router = useRouter();
  const [chosen, setChosen] = useState<SharingScope>(current);
  const [stored, setStored] = useState<SharingScope>(current);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  function save(scope: SharingScope) {
    startTransition(async () => {
      const result = await setSharingAction({ with: scope });
      setFailed(!result.ok);
      if (result.ok) {
        setStored(result.data.with);
        setChosen(result.data.with);
        router.refresh();
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(chosen);
      }}
    >
      <fieldset>
        <legend className="font-medium">{t("legend")}</legend>
        <div className="mt-2 space-y-2">
          {sharingScopes.map((scope) => (
            <label key={scope} className="flex items-start gap-2">
              <input type="radio" name="share-days-with" className="mt-1" value={scope} checked={chosen === scope} onChange={() => setChosen(scope)} aria-describedby={`sharing-${scope}-hint`} />
              <span>
                <span className="block font-medium">{t(scope)}</span>
                <span id={`sharing-${scope}-hint`} className="block text-sm text-stone-700">{hints[scope]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={pending || chosen === stored}>{t("save")}</button>
        {stored !== "nobody" ? (
          <button type="button" className={secondaryButton} disabled={pending} onClick={() => save("nobody")}>{t("stop")}</button>
        ) : null}
      </div>
      <p role="status" className={`mt-3 text-sm ${failed ? "font-medium text-red-800" : "text-stone-800"}`}>
        {failed ? t("failed") : t(`now.${stored}`)}
      </p>
    </form>
  );
}
