"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signOutEverywhereAction } from "@/lib/actions/sign-out-everywhere";

/** Ends every session on the server, then clears this browser's cookie and goes to the sign-in page. */
export function SignOutEverywhereButton() {
  const t = useTranslations("profile");
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await signOutEverywhereAction({});
            setFailed(!result.ok);
            if (result.ok) await signOut({ callbackUrl: "/sign-in" });
          })
        }
        className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-70"
      >
        {t("signOutEverywhere")}
      </button>
      {failed ? <p role="alert" className="mt-1 text-sm text-red-800">{t("signOutEverywhereFailed")}</p> : null}
    </div>
  );
}
