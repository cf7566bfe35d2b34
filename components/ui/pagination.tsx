import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({ page, pageCount, params }: { page: number; pageCount: number; params: Record<string, string | undefined> }) {
  const t = await getTranslations("common");
  const href = (target: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `?${query.toString()}`;
  };
  const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-3 text-sm">
      <span className="text-stone-700">{t("pageOf", { page, pageCount })}</span>
      <span className="flex gap-2">
        {page > 1 ? <Link className={linkClass} href={href(page - 1)}>{t("previous")}</Link> : null}
        {page < pageCount ? <Link className={linkClass} href={href(page + 1)}>{t("next")}</Link> : null}
      </span>
    </nav>
  );
}
