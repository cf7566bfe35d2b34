import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/data/profile";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("myDays"))("title") };
}

export default async function MyDaysPage() {
  const user = await requirePermission("days:own");
  const [t, locale, profile] = await Promise.all([getTranslations("myDays"), getLocale() as Promise<Locale>, getOwnProfile(user)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="mb-8 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">{t("office")}</dt>
          <dd className="font-medium">{profile.office.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("team")}</dt>
          <dd className="font-medium">{profile.team?.name ?? t("noTeam")}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("startDate")}</dt>
          <dd className="font-medium">{formatLongDate(profile.startDate, locale)}</dd>
        </div>
      </dl>
      <EmptyState message={t("noPlan")} />
    </>
  );
}
