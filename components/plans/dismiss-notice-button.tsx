"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { dismissNoticeAction } from "@/lib/actions/dismiss-notice";

export function DismissNoticeButton({ noticeId }: { noticeId: string }) {
  const t = useTranslations("changeNotice");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button type="button" disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-60"
      onClick={async () => {
        setPending(true);
        await dismissNoticeAction({ noticeId });
        router.refresh();
      }}>
      {t("dismiss")}
    </button>
  );
}
