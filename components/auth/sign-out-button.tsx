"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Spinner } from "@/components/ui/spinner";

export function SignOutButton({ label }: { label: string }) {
  // Signing out ends the session on the server, then loads the sign-in page: busy until then.
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
      className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-70"
    >
      {pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}
      {label}
    </button>
  );
}
