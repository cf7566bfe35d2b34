import type { ReactNode } from "react";

/** `scrollHint`: words shown below the md breakpoint, where a wide table scrolls sideways and a person would not guess it. */
export function Table({ caption, children, scrollHint }: { caption: string; children: ReactNode; scrollHint?: string }) {
  return (
    <>
      {scrollHint ? <p className="mb-2 text-sm text-stone-600 md:hidden"><span aria-hidden="true">↔ </span>{scrollHint}</p> : null}
      {/* On a phone a wide table scrolls inside its box; a keyboard user must be able to focus the box to scroll it.
          `relative` keeps visually hidden (absolute) header text inside the box instead of widening the page. */}
      <div role="region" aria-label={caption} tabIndex={0} className="scroll-shadows relative overflow-x-auto rounded-lg border border-stone-200 shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}

export function Th({ children, className = "", sort }: { children: ReactNode; className?: string; sort?: "ascending" | "descending" }) {
  return (
    <th scope="col" aria-sort={sort} className={`border-b border-stone-200 bg-stone-100 px-2 py-2 font-medium text-stone-700 sm:px-4 ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`border-b border-stone-100 px-2 py-2 align-top sm:px-4 ${className}`}>{children}</td>;
}
