"use client";

import { useState } from "react";
import type { OneClickResult } from "@/lib/answers/one-click-result";

/**
 * The one button of a one-click page. Pressing it runs the server action
 * (bound to the link's token on the server); the result replaces the
 * button: what was done, or why it was refused, read out by screen readers.
 */
export function OneClickButton({ label, run, done, refusals }: { label: string; run: () => Promise<OneClickResult>; done: string; refusals: Record<string, string> }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<OneClickResult | null>(null);
  if (result?.ok) {
    return (
      <p role="status" className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">
        {done}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button
        type="button"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
        onClick={async () => {
          setPending(true);
          setResult(await run());
          setPending(false);
        }}
      >
        {label}
      </button>
      <p role="alert" className="text-sm font-medium text-red-800">
        {result && !result.ok ? (refusals[result.code] ?? refusals.generic) : ""}
      </p>
    </div>
  );
}
