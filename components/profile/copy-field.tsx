"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A secret shown once: read-only, selectable, with a copy button that says when it worked. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations("profile");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
      <div className="mt-1 flex flex-wrap gap-2 sm:flex-nowrap">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={() => void copy()} className="shrink-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100">
          {status === "copied" ? t("copied") : t("copy")}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-sm text-stone-700">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
