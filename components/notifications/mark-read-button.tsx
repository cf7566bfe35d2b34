"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { markNotificationsReadAction } from "@/lib/actions/mark-notifications-read";

/** "Mark as read" for one notification, or "Mark all as read"; says what it did in a live region. */
export function MarkReadButton({ ids }: { ids: string[] | "all" }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState("");
  const all = ids === "all";
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60"
        onClick={async () => {
          setPending(true);
          const result = await markNotificationsReadAction(all ? { all: true } : { ids });
          setPending(false);
          if (result.ok) setDone(t(all ? "markedAllRead" : "markedRead"));
          router.refresh();
        }}
      >
        {t(all ? "markAllRead" : "markRead")}
      </button>
      <span role="status" className="text-sm text-stone-700">{done}</span>
    </span>
  );
}
