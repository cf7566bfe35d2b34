"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { createTeamAction } from "@/lib/actions/create-team";
import { deleteTeamAction } from "@/lib/actions/delete-team";
import { updateTeamAction } from "@/lib/actions/update-team";
import { teamFieldsSchema, type TeamFields } from "@/lib/validation/teams";
import { FieldError, FormMessage, SelectField, dangerButton, inputClass, primaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { TextField } from "@/components/ui/text-field";

/** Creates or edits a team: name, office, flags that give priority in waves, and its leaders. */
export function TeamForm({ teamId, initial, offices, leaders, canDelete }: {
  teamId?: string;
  initial: TeamFields;
  offices: { id: string; name: string }[];
  leaders: { id: string; name: string; office: string }[];
  canDelete?: boolean;
}) {
  const t = useTranslations("teams");
  const router = useRouter();
  const errors = useFormErrors();
  const [values, setValues] = useState(initial);
  const [filter, setFilter] = useState("");
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const update = (change: Partial<TeamFields>) => {
    setValues((current) => ({ ...current, ...change }));
    setSaved(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const parsed = teamFieldsSchema.safeParse(values);
    if (!parsed.success) {
      errors.show({ code: "invalid_input", message: "", issues: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })) });
      return;
    }
    setPending(true);
    const result = teamId ? await updateTeamAction({ id: teamId, team: parsed.data }) : await createTeamAction(parsed.data);
    setPending(false);
    if (!result.ok) return errors.show(result.error, teamId ? "team." : "");
    if (teamId) {
      setSaved(t("saved"));
      router.refresh();
    } else {
      router.push("/teams");
    }
  }

  async function onDelete() {
    if (!teamId) return;
    setPending(true);
    const result = await deleteTeamAction({ id: teamId });
    setPending(false);
    if (!result.ok) return errors.show(result.error);
    router.push("/teams");
  }

  const shown = leaders.filter((leader) => values.leaderIds.includes(leader.id) || `${leader.name} ${leader.office}`.toLowerCase().includes(filter.toLowerCase()));
  const field = errors.fields;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage error={errors.form} success={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="team-name" label={t("name")} value={values.name} error={field.name} onChange={(event) => update({ name: event.target.value })} />
        <SelectField id="team-office" label={t("office")} value={values.officeId} error={field.officeId} onChange={(event) => update({ officeId: event.target.value })}>
          <option value="">{t("chooseOffice")}</option>
          {offices.map((office) => <option key={office.id} value={office.id}>{office.name}</option>)}
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("priority")}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={values.essential} onChange={(event) => update({ essential: event.target.checked })} />
          <span>{t("essential")} <span className="block text-sm text-stone-600">{t("essentialHint")}</span></span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={values.servesHardHitCustomers} onChange={(event) => update({ servesHardHitCustomers: event.target.checked })} />
          <span>{t("hardHit")} <span className="block text-sm text-stone-600">{t("hardHitHint")}</span></span>
        </label>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{t("leaders")}</legend>
        <label htmlFor="leader-filter" className="mt-2 block text-sm text-stone-700">{t("filterLeaders")}</label>
        <input id="leader-filter" type="search" className={`${inputClass} max-w-sm`} value={filter} onChange={(event) => setFilter(event.target.value)} />
        {leaders.length === 0 ? <p className="mt-2 text-sm text-stone-600">{t("noLeaders")}</p> : null}
        <ul className="mt-2 max-h-64 space-y-1 overflow-auto rounded-md border border-stone-200 p-2">
          {shown.map((leader) => (
            <li key={leader.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={values.leaderIds.includes(leader.id)}
                  onChange={(event) => update({ leaderIds: event.target.checked ? [...values.leaderIds, leader.id] : values.leaderIds.filter((id) => id !== leader.id) })} />
                {leader.name} <span className="text-sm text-stone-600">({leader.office})</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="team-leaders" error={field.leaderIds} />
      </fieldset>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? t("saving") : teamId ? t("save") : t("create")}</button>
        {teamId ? (
          canDelete ? <button type="button" disabled={pending} className={dangerButton} onClick={() => void onDelete()}>{t("delete")}</button> : <p className="text-sm text-stone-600">{t("cannotDelete")}</p>
        ) : null}
      </div>
    </form>
  );
}
