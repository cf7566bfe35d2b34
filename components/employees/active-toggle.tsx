"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setEmployeeActiveAction } from "@/lib/actions/set-employee-active";
import { FormMessage, dangerButton, secondaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { useReveal } from "@/components/ui/use-reveal";
import { Spinner } from "@/components/ui/spinner";

/** Deactivate (never delete: history stays) or reactivate, after a confirmation. */
export function ActiveToggle({ employeeId, active, name }: { employeeId: string; active: boolean; name: string }) {
  const t = useTranslations("employees");
  const router = useRouter();
  const errors = useFormErrors();
  const reveal = useReveal<HTMLDivElement>();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    errors.clear();
    const result = await setEmployeeActiveAction({ id: employeeId, active: !active });
    setPending(false);
    setConfirming(false);
    if (!result.ok) return errors.show(result.error);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <FormMessage error={errors.form} />
      <p className="text-stone-700">{active ? t("activeText") : t("inactiveText")}</p>
      {confirming ? (
        // The button that asked is gone: focus the question, not the page body.
        <div ref={reveal} tabIndex={-1} role="group" aria-labelledby="active-confirm-question" className="flex flex-wrap items-center gap-3">
          <p id="active-confirm-question">{active ? t("confirmDeactivate", { name }) : t("confirmReactivate", { name })}</p>
          <button type="button" disabled={pending} aria-busy={pending || undefined} className={active ? dangerButton : secondaryButton} onClick={() => void run()}>
            {pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}
            {active ? t("deactivateYes") : t("reactivateYes")}
          </button>
          <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>{t("cancel")}</button>
        </div>
      ) : (
        <button type="button" className={active ? dangerButton : secondaryButton} onClick={() => setConfirming(true)}>
          {active ? t("deactivate") : t("reactivate")}
        </button>
      )}
    </div>
  );
}
