import Link from "next/link";

type View = "list" | "month";

/** List or month: two links, so the choice is in the address, works without script and is plain Tab + Enter. */
export function ViewSwitch({ view, label, names }: { view: View; label: string; names: Record<View, string> }) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-stone-300 bg-white p-0.5 text-sm">
      {(["list", "month"] as const).map((option) => (
        <Link
          key={option}
          href={option === "list" ? "/" : "/?view=month"}
          aria-current={option === view ? "page" : undefined}
          className={`rounded px-3 py-1.5 font-medium ${option === view ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-100"}`}
        >
          {names[option]}
        </Link>
      ))}
    </nav>
  );
}
