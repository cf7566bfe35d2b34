import Link from "next/link";
import { getTranslations } from "next-intl/server";

const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";

/** "Back to the newest" and "Older ..." links of a list paged by keyset cursor, newest first. */
export async function CursorPager({ path, cursor, nextCursor, labels }: { path: string; cursor?: string; nextCursor: string | null; labels: { newest: string; older: string } }) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap gap-2">
      {cursor ? <Link className={linkClass} href={path}>{labels.newest}</Link> : null}
      {nextCursor ? <Link className={linkClass} href={`${path}?cursor=${encodeURIComponent(nextCursor)}`}>{labels.older}</Link> : null}
    </nav>
  );
}
