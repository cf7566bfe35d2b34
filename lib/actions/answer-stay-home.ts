"use server";

import { toAppError } from "@/lib/api/error-body";
import { now } from "@/lib/clock";
import { answerStayHome } from "@/lib/data/answers";
import { oneClickParamsSchema } from "@/lib/validation/answers";
import type { OneClickResult } from "@/lib/answers/one-click-result";

/**
 * The button of a one-click link's page: public (the signed token says
 * whose day), and it acts only for the token's owner, whoever presses it.
 */
export async function answerStayHomeAction(token: string): Promise<OneClickResult> {
  const parsed = oneClickParamsSchema.safeParse({ token });
  if (!parsed.success) return { ok: false, code: "answer_invalid" };
  try {
    await answerStayHome(parsed.data.token, now());
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return { ok: false, code: appError.code };
  }
  // No revalidatePath: it would re-render this page at once, where the link now reads "used" instead of "done".
  // My office days reads its days fresh on every request.
  return { ok: true };
}
