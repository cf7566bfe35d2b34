/** The "answers.refused" message for an error code of a one-click link (lib/data/answers.ts, stayHome's refusals). */
export function refusalKey(code: string): "invalid" | "used" | "expired" | "left" | "not_your_day" | "day_closed" | "generic" {
  switch (code) {
    case "answer_invalid":
      return "invalid";
    case "answer_used":
      return "used";
    case "answer_expired":
    case "past_day":
      return "expired";
    case "answer_owner_left":
      return "left";
    case "not_your_day":
    case "day_closed":
      return code;
    default:
      return "generic";
  }
}
