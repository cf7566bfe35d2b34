"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Spinner } from "@/components/ui/spinner";

/**
 * A button that runs a server action, then says what happened in a live
 * region beside it (`onPress` returns the sentence) and refreshes the page.
 */
export function StatusButton({ label, className, onPress }: { label: string; className: string; onPress: () => Promise<string> }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState("");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending} aria-busy={pending || undefined}
        className={`${className} disabled:opacity-60`}
        onClick={async () => {
          setPending(true);
          const said = await onPress();
          setPending(false);
          setDone(said);
          router.refresh();
        }}
      >
        {pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}
        {label}
      </button>
      <span role="status" className="text-sm text-stone-700">{done}</span>
    </span>
  );
}
