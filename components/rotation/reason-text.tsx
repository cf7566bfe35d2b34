import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { AssignmentReason } from "@/lib/rotation";
import { wordReason } from "./reason-words";

/** Words an engine reason ("surname Ødegård, group Æ–Å: Tuesday") in the reader's language. */
export async function ReasonText({ reason }: { reason: AssignmentReason }) {
  const [t, locale] = await Promise.all([getTranslations("reasons"), getLocale() as Promise<Locale>]);
  return <>{wordReason(t, locale, reason)}</>;
}
