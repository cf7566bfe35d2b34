"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The header's navigation and account controls. From the md breakpoint up
 * they show in full; on a phone (320–767 px) they fold behind a "Menu"
 * disclosure button, so no link is clipped off the screen. Escape closes
 * the menu and returns focus to its button; following a link closes it.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [pathname]);

  // Escape works from the button as well as from inside the open menu.
  return (
    <div
      className="contents"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 md:hidden"
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        {label}
      </button>
      <div
        id={id}
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 md:flex md:w-auto md:flex-row md:items-center`}
      >
        {children}
      </div>
    </div>
  );
}
