"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Spinner } from "@/components/ui/spinner";

/**
 * A form's submit button that shows the form is on its way: disabled, busy
 * and turning while the form's action or navigation (next/form) runs.
 */
export function SubmitButton({ children, className }: { children: ReactNode; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} className={`inline-flex items-center justify-center gap-2 disabled:opacity-70 ${className}`}>
      {pending ? <Spinner /> : null}
      {children}
    </button>
  );
}
