import { getTranslations } from "next-intl/server";

/**
 * Shown at once while a page of the app renders (a busy server, a big
 * office): the header stays, and the main area says it is on its way.
 */
export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-stone-700">
      <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-stone-300 border-t-brand-700" />
      {t("loading")}
    </div>
  );
}
