"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

/** The role's pages as links; `stacked` lays them out one per line, for the phone's menu. */
export function NavLinks({ items, label, stacked = false }: { items: { href: string; label: string }[]; label: string; stacked?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={stacked ? "flex flex-col gap-1" : "-mx-1 flex gap-1 overflow-x-auto"}>
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 font-medium ${stacked ? "text-base" : "text-sm"} ${
              current ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-200"
            }`}
          >
            {item.label}
            <PendingDot />
          </Link>
        );
      })}
    </nav>
  );
}

/** A pulsing dot on the link just followed, until its page shows (the route's loading state says it in words). */
function PendingDot() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="ml-1.5 inline-block size-1.5 animate-pulse rounded-full bg-current align-middle" /> : null;
}
