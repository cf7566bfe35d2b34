import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { PageLoading } from "./page-loading";

/**
 * A page's slow part behind a loading state, on a first load and after a
 * click alike. Pages check who may open them, and that what they show
 * exists, before they render this: the answer's status (403, 404) is
 * decided before the first byte is sent. A route's loading.tsx cannot do
 * that: it wraps the whole page, checks included, and the response starts
 * as 200 before forbidden() or notFound() is reached.
 */
export async function Deferred({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return <Suspense fallback={<PageLoading label={t("loading")} />}>{children}</Suspense>;
}
