"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { importEmployeesAction } from "@/lib/actions/import-employees";
import type { ImportReport, ImportSummary } from "@/lib/data/employee-import";
import type { CsvIssue } from "@/lib/people/csv";
import { FormMessage, primaryButton, secondaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { useReveal } from "@/components/ui/use-reveal";

const SHOWN = 200;

/**
 * Upload → preview (who is created, updated, deactivated; or every bad row)
 * → apply on confirmation. The file is read in the browser and checked
 * again, in full, by the server in the transaction that applies it.
 */
export function ImportForm() {
  const t = useTranslations("import");
  const errors = useFormErrors();
  const [csv, setCsv] = useState<Uint8Array<ArrayBuffer> | null>(null);
  const reveal = useReveal<HTMLElement>();
  const [fileName, setFileName] = useState("");
  const [options, setOptions] = useState({ deactivateMissing: false, createTeams: false });
  const [outcome, setOutcome] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState(false);

  async function run(dryRun: boolean) {
    if (csv === null) return errors.show({ code: "fileRequired", message: t("chooseFile") });
    errors.clear();
    setPending(true);
    const result = await importEmployeesAction({ csv, dryRun, ...options });
    setPending(false);
    if (!result.ok) return errors.show(result.error);
    setOutcome(result.data);
  }

  function onPreview(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }

  async function onFile(file: File | undefined) {
    setOutcome(null);
    errors.clear();
    if (!file) return setCsv(null);
    setFileName(file.name);
    // The bytes as saved: the server tells UTF-8 from Excel's Windows-1252 (lib/people/csv-encoding.ts).
    setCsv(new Uint8Array(await file.arrayBuffer()));
  }

  const summary = outcome?.ok ? outcome.summary : null;
  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="space-y-4">
        <FormMessage error={errors.form} />
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">{t("file")}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint"
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white p-2 text-sm file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1.5"
            onChange={(event) => void onFile(event.target.files?.[0])} />
          <p id="import-file-hint" className="mt-1 text-sm text-stone-600">{t("fileHint")}</p>
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={options.createTeams} onChange={(event) => { setOptions({ ...options, createTeams: event.target.checked }); setOutcome(null); }} />
          <span>{t("createTeams")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={options.deactivateMissing} onChange={(event) => { setOptions({ ...options, deactivateMissing: event.target.checked }); setOutcome(null); }} />
          <span>{t("deactivateMissing")}</span>
        </label>
        <button type="submit" disabled={pending} className={primaryButton}>{pending && !summary ? t("checking") : t("preview")}</button>
      </form>

      {outcome && !outcome.ok ? <InvalidRows issues={outcome.issues} /> : null}

      {summary ? (
        <section ref={reveal} tabIndex={-1} aria-labelledby="import-result-title" className="scroll-mt-4 space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="import-result-title" className="text-lg font-semibold">{summary.applied ? t("appliedTitle", { file: fileName }) : t("previewTitle", { file: fileName })}</h2>
          <p role="status">
            {t(summary.applied ? "appliedSummary" : "previewSummary", {
              created: summary.created.length,
              updated: summary.updated.length,
              deactivated: summary.deactivated.length,
              unchanged: summary.unchanged,
              teams: summary.newTeams.length,
            })}
          </p>
          <SummaryLists summary={summary} />
          {summary.applied ? null : (
            <div className="flex flex-wrap gap-3">
              <button type="button" disabled={pending} className={primaryButton} onClick={() => void run(false)}>{pending ? t("applying") : t("apply")}</button>
              <button type="button" className={secondaryButton} onClick={() => setOutcome(null)}>{t("cancel")}</button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}

function InvalidRows({ issues }: { issues: CsvIssue[] }) {
  const t = useTranslations("import");
  return (
    // A plain box, not a second region: the scrollable table below is the one landmark with this name.
    <div className="rounded-lg border border-red-300 bg-red-50 p-4">
      <h2 id="import-errors-title" className="text-lg font-semibold text-red-900">{t("invalidTitle", { count: issues.length })}</h2>
      <p className="mt-1 text-red-900">{t("invalidHint")}</p>
      <div tabIndex={0} role="region" aria-label={t("invalidTitle", { count: issues.length })} className="mt-3 max-h-96 overflow-auto rounded-md border border-red-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("invalidTitle", { count: issues.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("row")}</th>
              <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("column")}</th>
              <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("problem")}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN).map((issue, index) => (
              <tr key={`${issue.row}-${issue.column}-${index}`} className="border-t border-stone-100">
                <td className="px-3 py-1.5">{issue.row}</td>
                <td className="px-3 py-1.5">{issue.column}</td>
                <td className="px-3 py-1.5">{t.has(`issues.${issue.code}`) ? t(`issues.${issue.code}`, issue.values) : issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > SHOWN ? <p className="mt-2 text-sm text-red-900">{t("more", { count: issues.length - SHOWN })}</p> : null}
    </div>
  );
}

function SummaryLists({ summary }: { summary: ImportSummary }) {
  const t = useTranslations("import");
  const fieldName = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  const lists = [
    { key: "created", title: t("createdTitle", { count: summary.created.length }), items: summary.created.map((person) => `${person.name} <${person.email}>`) },
    { key: "updated", title: t("updatedTitle", { count: summary.updated.length }), items: summary.updated.map((person) => `${person.name} <${person.email}>: ${person.changed.map(fieldName).join(", ")}`) },
    { key: "deactivated", title: t("deactivatedTitle", { count: summary.deactivated.length }), items: summary.deactivated.map((person) => `${person.name} <${person.email}>`) },
    { key: "teams", title: t("teamsTitle", { count: summary.newTeams.length }), items: summary.newTeams.map((team) => `${team.team} (${team.office})`) },
  ].filter((list) => list.items.length > 0);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {lists.map((list) => (
        <div key={list.key}>
          <h3 className="font-medium">{list.title}</h3>
          <ul tabIndex={0} aria-label={list.title} className="mt-1 max-h-60 overflow-auto text-sm text-stone-800">
            {list.items.slice(0, SHOWN).map((item, index) => <li key={index} className="break-words">{item}</li>)}
          </ul>
          {list.items.length > SHOWN ? <p className="text-sm text-stone-600">{t("more", { count: list.items.length - SHOWN })}</p> : null}
        </div>
      ))}
    </div>
  );
}
