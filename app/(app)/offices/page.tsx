import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import { getLocale, getTranslations } from "next-intl/server";
import { linkButton } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listOfficesForAdmin } from "@/lib/data/offices";
import { todayIn } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate, weekdayName } from "@/lib/i18n/dates";
import { capacityPerDay } from "@/lib/offices/capacity";
import { now } from "@/lib/clock";

export async function generateMetadata() {
  return { title: (await getTranslations("offices"))("title") };
}

export default async function OfficesPage() {
  await requirePermission("offices:manage");
  return (
    <Deferred>
      <OfficesContent />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function OfficesContent() {
  const [t, locale] = await Promise.all([getTranslations("offices"), getLocale() as Promise<Locale>]);
  const offices = await listOfficesForAdmin(todayIn("UTC", now()));
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t("title")} description={t("description")} />
        <Link href="/offices/new" className={linkButton}>{t("new")}</Link>
      </div>
      <Table caption={t("title")}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("seats")}</Th>
            <Th>{t("capacity")}</Th>
            <Th>{t("workingDays")}</Th>
            <Th>{t("people")}</Th>
            <Th>{t("nextClosures")}</Th>
          </tr>
        </thead>
        <tbody>
          {offices.map((office) => (
            <tr key={office.id}>
              <Td>
                <Link href={`/offices/${office.id}`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">{office.name}</Link>
                <span className="block text-xs text-stone-600">{office.timezone}</span>
              </Td>
              <Td>{office.seats}</Td>
              <Td>
                {office.capacityFixed === null
                  ? t("capacityValue", { capacity: capacityPerDay(office), percent: office.capacityPercent })
                  : t("capacityFixedValue", { capacity: capacityPerDay(office) })}
              </Td>
              <Td>{office.workingWeekdays.map((day) => weekdayName(day, locale, "short")).join(", ")}</Td>
              <Td>{t("peopleValue", { employees: office._count.employees, teams: office._count.teams })}</Td>
              <Td>
                {office.closures.length === 0 ? (
                  <span className="text-stone-600">{t("noClosures")}</span>
                ) : (
                  <ul className="space-y-1">
                    {office.closures.map((closure) => (
                      <li key={closure.date.toISOString()}>
                        <Badge tone="warning">{formatShortDate(closure.date, locale)}</Badge> {closure.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
