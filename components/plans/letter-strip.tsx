"use client";

import { useTranslations } from "next-intl";
import type { SurnameGroup } from "@/lib/rotation";

// Light tints with dark text, so every letter stays readable (contrast).
const GROUP_TINTS = ["bg-sky-100 text-sky-950", "bg-emerald-100 text-emerald-950", "bg-violet-100 text-violet-950", "bg-orange-100 text-orange-950", "bg-pink-100 text-pink-950", "bg-lime-100 text-lime-950"];

export function groupTint(index: number): string {
  return GROUP_TINTS[index % GROUP_TINTS.length] as string;
}

/**
 * The office's alphabet as a strip: each letter coloured by the group that
 * covers it, gaps (no group) in red and overlaps (several groups) in amber,
 * so a missing or doubled letter shows at a glance. The same facts are in
 * the text below it and in the field messages.
 */
export function LetterStrip({ alphabet, groups }: { alphabet: readonly string[]; groups: readonly Pick<SurnameGroup, "from" | "to">[] }) {
  const t = useTranslations("planEditor");
  const owners = alphabet.map((_, letter) =>
    groups.flatMap((group, index) => {
      const from = alphabet.indexOf(group.from.toUpperCase());
      const to = alphabet.indexOf(group.to.toUpperCase());
      return from >= 0 && to >= from && letter >= from && letter <= to ? [index] : [];
    }),
  );
  const gaps = alphabet.filter((_, letter) => owners[letter]?.length === 0);
  const overlaps = alphabet.filter((_, letter) => (owners[letter]?.length ?? 0) > 1);
  return (
    <div>
      <ol aria-hidden="true" className="flex flex-wrap gap-0.5" data-testid="letter-strip">
        {alphabet.map((letter, index) => {
          const owner = owners[index] ?? [];
          const style =
            owner.length === 0
              ? "bg-red-100 text-red-900 ring-1 ring-inset ring-red-500"
              : owner.length > 1
                ? "bg-amber-200 text-amber-950 ring-1 ring-inset ring-amber-600"
                : groupTint(owner[0] as number);
          return (
            <li key={letter} className={`flex h-8 w-7 flex-col items-center justify-center rounded text-xs font-semibold ${style}`}>
              {letter}
              <span className="text-[10px] font-normal leading-none">{owner.length === 0 ? "–" : owner.length > 1 ? "!" : owner[0]! + 1}</span>
            </li>
          );
        })}
      </ol>
      <p className="mt-1 text-sm text-stone-700">
        {gaps.length === 0 && overlaps.length === 0
          ? t("stripComplete")
          : [gaps.length > 0 ? t("stripGaps", { letters: gaps.join(" ") }) : null, overlaps.length > 0 ? t("stripOverlaps", { letters: overlaps.join(" ") }) : null]
              .filter(Boolean)
              .join(" ")}
      </p>
    </div>
  );
}
