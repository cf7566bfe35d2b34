import type { ActionError } from "@/lib/actions/safe-action";

/** Refusal codes the page words itself; anything else falls back to a generic message. */
const KNOWN = new Set([
  "past_day",
  "beyond_horizon",
  "office_changed",
  "not_your_day",
  "no_office_days",
  "day_closed",
  "non_working_day",
  "own_day",
  "stayed_home",
  "already_requested",
  "not_staying_home",
  "no_request",
  "inactive",
]);

/** The message key of an action's error ("errors.past_day"), for the reader's language. */
export function errorKey(error: ActionError): string {
  if (KNOWN.has(error.code)) return `errors.${error.code}`;
  if (error.code === "invalid_input" && (error.field === "to" || error.field === "from" || error.field === "date")) return `errors.invalid_${error.field}`;
  return "errors.generic";
}
