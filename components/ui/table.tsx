import type { ReactNode } from "react";

export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "", sort }: { children: ReactNode; className?: string; sort?: "ascending" | "descending" }) {
  return (
    <th scope="col" aria-sort={sort} className={`border-b border-stone-200 bg-stone-100 px-4 py-2 font-medium text-stone-700 ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`border-b border-stone-100 px-4 py-2 align-top ${className}`}>{children}</td>;
}
