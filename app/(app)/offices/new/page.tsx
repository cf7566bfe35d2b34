import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfficeForm } from "@/components/offices/office-form";
import { officeFormOptions } from "@/components/offices/office-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { officeFormValues } from "@/lib/offices/form-values";

export async function generateMetadata() {
  return { title: (await getTranslations("offices"))("newTitle") };
}

export default async function NewOfficePage() {
  await requirePermission("offices:manage");
  const [t, locale] = await Promise.all([getTranslations("offices"), getLocale() as Promise<Locale>]);
  return (
    <ClientMessages namespaces={["offices", "changePreview", "formErrors"]}>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card title={t("settings")} id="office-settings">
        <OfficeForm initial={officeFormValues()} {...officeFormOptions(locale)} />
      </Card>
    </ClientMessages>
  );
}
