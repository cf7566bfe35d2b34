import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ChannelsForm } from "@/components/offices/channels-form";
import { ClosuresEditor } from "@/components/offices/closures-editor";
import { OfficeForm } from "@/components/offices/office-form";
import { officeFormOptions } from "@/components/offices/office-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getOfficeChannels } from "@/lib/data/channel-posts";
import { getOfficeForAdmin } from "@/lib/data/offices";
import { todayIn } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { officeFormValues } from "@/lib/offices/form-values";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";

export async function generateMetadata() {
  return { title: (await getTranslations("offices"))("editTitle") };
}

export default async function OfficePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("offices:manage");
  const { id } = await params;
  const [t, tClosures, tChannels, locale] = await Promise.all([getTranslations("offices"), getTranslations("closures"), getTranslations("officeChannels"), getLocale() as Promise<Locale>]);
  const office = await getOfficeForAdmin(id, todayIn("UTC", now())).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const today = todayIn(office.timezone, now());
  // HR only (this page's permission): the URLs are never sent to anyone else's browser.
  const channels = await getOfficeChannels(office.id);
  return (
    <ClientMessages namespaces={["offices", "closures", "changePreview", "formErrors", "officeChannels"]}>
      <PageHeader title={office.name} description={t("editDescription")} />
      <Card title={t("settings")} id="office-settings">
        <OfficeForm key={JSON.stringify(officeFormValues(office))} officeId={office.id} initial={officeFormValues(office)} {...officeFormOptions(locale)} />
      </Card>
      <Card title={tClosures("title")} id="office-closures">
        <ClosuresEditor officeId={office.id} closures={office.closures.filter((closure) => closure.date >= today)} currentYear={Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 10 ? 1 : 0)} />
      </Card>
      <Card title={tChannels("title")} id="office-channels">
        <ChannelsForm officeId={office.id} initial={channels} />
      </Card>
    </ClientMessages>
  );
}
