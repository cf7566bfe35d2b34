"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage, primaryButton } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import { saveOfficeChannelsAction } from "@/lib/actions/save-office-channels";
import { officeChannelsSchema, WEBHOOK_URL_MAX } from "@/lib/validation/office-channels";

type Field = "slackWebhookUrl" | "teamsWebhookUrl";

/** HR's Slack and Teams webhook URLs for the office: the week ahead in totals is posted there. */
export function ChannelsForm({ officeId, initial }: { officeId: string; initial: Record<Field, string | null> }) {
  const t = useTranslations("officeChannels");
  const tErrors = useTranslations("formErrors");
  const [values, setValues] = useState<Record<Field, string>>({ slackWebhookUrl: initial.slackWebhookUrl ?? "", teamsWebhookUrl: initial.teamsWebhookUrl ?? "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [pending, startTransition] = useTransition();

  const fieldErrors = (issues: readonly { field?: string; path?: readonly PropertyKey[]; message: string }[]) =>
    Object.fromEntries(issues.map((issue) => [issue.field ?? String(issue.path?.[0] ?? ""), tErrors.has(issue.message) ? tErrors(issue.message as "generic") : tErrors("generic")]));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The same schema the server action parses with, for an instant answer.
    const parsed = officeChannelsSchema.safeParse({ officeId, ...values });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setMessage({ error: tErrors("fixFields") });
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await saveOfficeChannelsAction({ officeId, ...values });
      if (!result.ok) {
        setErrors(fieldErrors(result.error.issues ?? []));
        setMessage({ error: tErrors("generic") });
        return;
      }
      setMessage({ success: t("saved") });
    });
  }

  const field = (name: Field) => (
    <div>
      <TextField id={name} label={t(name)} type="url" inputMode="url" autoComplete="off" spellCheck={false} maxLength={WEBHOOK_URL_MAX} value={values[name]} error={errors[name]}
        aria-describedby={errors[name] ? `${name}-error` : `${name}-hint`} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
      {errors[name] ? null : <p id={`${name}-hint`} className="mt-1 text-sm text-stone-600">{t(`${name}Hint`)}</p>}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {field("slackWebhookUrl")}
      {field("teamsWebhookUrl")}
      <FormMessage error={message.error} success={message.success} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
