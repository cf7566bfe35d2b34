"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionError } from "@/lib/actions/safe-action";

/**
 * Turns an action's error into messages in the reader's language: zod
 * issues carry "formErrors" keys, rule refusals their code; either falls
 * back to the server's English message. Field errors are keyed by the
 * field's dotted path ("settings.capacity.percent").
 */
export function useFormErrors() {
  const t = useTranslations("formErrors");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [form, setForm] = useState<string | null>(null);

  const text = (key: string, fallback: string) => (t.has(key as "generic") ? t(key as "generic") : fallback);

  function show(error: ActionError, fieldPrefix = "") {
    const next: Record<string, string> = {};
    const issues = error.issues ?? (error.field ? [{ field: error.field, message: error.code }] : []);
    for (const issue of issues) {
      const field = fieldPrefix && issue.field.startsWith(fieldPrefix) ? issue.field.slice(fieldPrefix.length) : issue.field;
      next[field] ??= text(issue.message, error.message);
    }
    setFields(next);
    setForm(issues.length === 0 || error.code !== "invalid_input" ? text(error.code, error.message) : t("fixFields"));
  }

  function clear() {
    setFields({});
    setForm(null);
  }

  return { fields, form, show, clear, text };
}
