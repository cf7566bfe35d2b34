"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { saveNotificationSettingsAction } from "@/lib/actions/save-notification-settings";
import type { NotificationKind } from "@/lib/notifications/kinds";
import type { NotificationSettings } from "@/lib/notifications/settings";

/**
 * Email on or off per kind of notification the person can receive (in the
 * app they always appear), and the digest and the reminder. Saved as a
 * whole; a kind not offered (another role's) keeps its setting.
 */
export function NotificationSettingsForm({ kinds, initial }: { kinds: NotificationKind[]; initial: NotificationSettings }) {
  const t = useTranslations("notificationSettings");
  const [emailOff, setEmailOff] = useState<ReadonlySet<NotificationKind>>(new Set(initial.emailOff));
  const [digest, setDigest] = useState(initial.digest);
  const [reminder, setReminder] = useState(initial.reminder);
  const [said, setSaid] = useState("");
  const [pending, startTransition] = useTransition();

  function toggle(kind: NotificationKind, on: boolean) {
    const next = new Set(emailOff);
    if (on) next.delete(kind);
    else next.add(kind);
    setEmailOff(next);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaid("");
    startTransition(async () => {
      const result = await saveNotificationSettingsAction({ emailOff: [...emailOff], digest, reminder });
      setSaid(t(result.ok ? "saved" : "failed"));
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <fieldset>
        <legend className="font-medium">{t("emailLegend")}</legend>
        <p className="mb-2 text-sm text-stone-600">{t("inAppAlways")}</p>
        <ul className="space-y-2">
          {kinds.map((kind) => (
            <li key={kind}>
              <Toggle name="email" label={t(`kinds.${kind}`)} checked={!emailOff.has(kind)} onChange={(on) => toggle(kind, on)} />
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="font-medium">{t("scheduledLegend")}</legend>
        <ul className="mt-2 space-y-2">
          <li>
            <Toggle name="digest" label={t("digest")} checked={digest} onChange={setDigest} />
          </li>
          <li>
            <Toggle name="reminder" label={t("reminder")} checked={reminder} onChange={setReminder} />
          </li>
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? t("saving") : t("save")}
        </button>
        <span role="status" className="text-sm text-stone-700">{said}</span>
      </div>
    </form>
  );
}

/** A checkbox with its label beside it, large enough to hit on a phone. */
function Toggle({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="flex items-start gap-3">
      <input type="checkbox" className="mt-1 h-5 w-5 shrink-0 accent-brand-700" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
