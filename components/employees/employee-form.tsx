"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { roles } from "@/lib/auth/permissions";
import { createEmployeeAction } from "@/lib/actions/create-employee";
import { updateEmployeeAction } from "@/lib/actions/update-employee";
import { employeeFieldsSchema, type EmployeeFields } from "@/lib/validation/employees";
import { FormMessage, SelectField, primaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { TextField } from "@/components/ui/text-field";

/** Creates or edits a person. The role can be chosen only by admins; the server checks it again. */
export function EmployeeForm({ employeeId, initial, offices, teams, canManageRoles, roleLabels }: {
  employeeId?: string;
  initial: EmployeeFields;
  offices: { id: string; name: string }[];
  teams: { id: string; name: string; officeId: string }[];
  canManageRoles: boolean;
  roleLabels: Record<string, string>;
}) {
  const t = useTranslations("employees");
  const router = useRouter();
  const errors = useFormErrors();
  const [values, setValues] = useState({ ...initial, teamId: initial.teamId ?? "" });
  // The record as the server last sent it. When a refresh brings another (after saving, or someone else's change),
  // the fields take it in place: a remount would also drop the "saved" message the person has not read yet.
  const [shown, setShown] = useState(() => JSON.stringify(initial));
  if (JSON.stringify(initial) !== shown) {
    setShown(JSON.stringify(initial));
    setValues({ ...initial, teamId: initial.teamId ?? "" });
  }
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (key: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [key]: value, ...(key === "officeId" ? { teamId: "" } : {}) }));
    setSaved(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const parsed = employeeFieldsSchema.safeParse(values);
    if (!parsed.success) {
      errors.show({ code: "invalid_input", message: "", issues: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })) });
      return;
    }
    setPending(true);
    const result = employeeId ? await updateEmployeeAction({ id: employeeId, employee: parsed.data }) : await createEmployeeAction(parsed.data);
    setPending(false);
    if (!result.ok) return errors.show(result.error, employeeId ? "employee." : "");
    if (employeeId) {
      setSaved(t("saved"));
      router.refresh();
    } else {
      router.push(`/employees/${result.data.id}`);
    }
  }

  const field = errors.fields;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage error={errors.form} success={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="givenName" label={t("givenName")} value={values.givenName} error={field.givenName} onChange={(event) => set("givenName", event.target.value)} autoComplete="off" />
        <TextField id="familyName" label={t("familyName")} value={values.familyName} error={field.familyName} onChange={(event) => set("familyName", event.target.value)} autoComplete="off" />
        <TextField id="email" type="email" label={t("email")} value={values.email} error={field.email} onChange={(event) => set("email", event.target.value)} autoComplete="off" />
        <TextField id="startDate" type="date" label={t("startDate")} value={values.startDate} error={field.startDate} onChange={(event) => set("startDate", event.target.value)} />
        <SelectField id="officeId" label={t("office")} value={values.officeId} error={field.officeId} onChange={(event) => set("officeId", event.target.value)}>
          <option value="">{t("chooseOffice")}</option>
          {offices.map((office) => <option key={office.id} value={office.id}>{office.name}</option>)}
        </SelectField>
        <SelectField id="teamId" label={t("team")} value={values.teamId} error={field.teamId} onChange={(event) => set("teamId", event.target.value)}>
          <option value="">{t("noTeam")}</option>
          {teams.filter((team) => team.officeId === values.officeId).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
        </SelectField>
        <div>
          <SelectField id="role" label={t("role")} value={values.role} error={field.role} disabled={!canManageRoles} aria-describedby={canManageRoles ? undefined : "role-hint"}
            onChange={(event) => set("role", event.target.value)}>
            {roles.map((role) => <option key={role} value={role}>{roleLabels[role]}</option>)}
          </SelectField>
          {canManageRoles ? null : <p id="role-hint" className="mt-1 text-sm text-stone-600">{t("roleHint")}</p>}
        </div>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? t("saving") : employeeId ? t("save") : t("create")}</button>
    </form>
  );
}
