"use client";

import { createContext, useContext } from "react";
import type { RotationRules, Weekday } from "@/lib/rotation";

export interface EditorTeam {
  id: string;
  name: string;
}

export interface RulesEditor {
  /** Applies a change to a copy of the rules. */
  change: (edit: (rules: RotationRules) => void) => void;
  /** Messages (already in the user's language) for one field, e.g. "waves.0.distribution.groups". */
  errorsAt: (field: string) => string[];
  alphabet: readonly string[];
  teams: readonly EditorTeam[];
  workingWeekdays: readonly Weekday[];
  readOnly: boolean;
}

export const RulesEditorContext = createContext<RulesEditor | null>(null);

export function useRulesEditor(): RulesEditor {
  const editor = useContext(RulesEditorContext);
  if (!editor) throw new Error("useRulesEditor outside RulesEditorContext");
  return editor;
}

/** The messages of one field, tied to it by id for screen readers. */
export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-800">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 disabled:bg-stone-100";
export const smallButton =
  "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-50";
