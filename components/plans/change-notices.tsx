import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { listOwnNotices } from "@/lib/data/plan-notices";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate, formatShortDate } from "@/lib/i18n/dates";
import { DismissNoticeButton } from "./dismiss-notice-button";

/** "Your office days change from ...": the signed-in person's own notices, until they dismiss them. */
export async function ChangeNotices({ user }: { user: CurrentUser }) {
  const notices = await listOwnNotices(user);
  if (notices.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("changeNotice"), getLocale() as Promise<Locale>]);
  const days = (dates: string[]) => dates.map((date) => formatShortDate(toDbDate(date), locale)).join(", ");
  return (
    <div className="mb-6 space-y-3">
      {notices.map((notice) => (
        <section key={notice.id} aria-labelledby={`notice-${notice.id}`} className="rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="change-notice">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id={`notice-${notice.id}`} className="font-semibold text-brand-900">{t("title", { date: formatLongDate(toDbDate(notice.effectiveFrom), locale) })}</h2>
            <DismissNoticeButton noticeId={notice.id} />
          </div>
          <ul className="mt-2 space-y-1 text-sm text-stone-800">
            {notice.gained.length > 0 ? <li>{t("gained", { days: days(notice.gained) })}</li> : null}
            {notice.lost.length > 0 ? <li>{t("lost", { days: days(notice.lost) })}</li> : null}
          </ul>
        </section>
      ))}
    </div>
  );
}
