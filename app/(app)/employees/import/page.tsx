import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/employees/import-form";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { CSV_COLUMNS } from "@/lib/people/csv";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportEmployeesPage() {
  await requirePermission("employees:manage");
  const t = await getTranslations("import");
  return (
    <ClientMessages namespaces={["import", "formErrors"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("formatTitle")} id="import-format">
        <p className="text-stone-700">{t("formatText")}</p>
        <p className="mt-2 text-sm break-words"><code>{CSV_COLUMNS.map((column) => column.header).join(", ")}</code></p>
        <p className="mt-3 text-sm text-stone-700">{t("acceptedText")}</p>
        <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {CSV_COLUMNS.map((column) => (
            <div key={column.key} className="contents">
              <dt><code>{column.header}</code></dt>
              <dd className="mb-1.5 text-stone-700 sm:mb-0"><span className="sr-only">{t("acceptedLabel")}: </span>{column.accepted.filter((name) => name !== column.header).join(", ")}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-stone-600">{t("formatDetails")}</p>
      </Card>
      <Card title={t("uploadTitle")} id="import-upload">
        <ImportForm />
      </Card>
    </ClientMessages>
  );
}
