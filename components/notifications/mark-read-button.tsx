"use client";

import { useTranslations } from "next-intl";
import { StatusButton } from "@/components/ui/status-button";
import { markNotificationsReadAction } from "@/lib/actions/mark-notifications-read";

/** "Mark as read" for one notification, or "Mark all as read"; says what it did in a live region. */
export function MarkReadButton({ ids }: { ids: string[] | "all" }) {
  const t = useTranslations("notifications");
  const all = ids === "all";
  return (
    <StatusButton
      label={t(all ? "markAllRead" : "markRead")}
      className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
      onPress={async () => {
        const result = await markNotificationsReadAction(all ? { all: true } : { ids });
        return result.ok ? t(all ? "markedAllRead" : "markedRead") : "";
      }}
    />
  );
}
