"use server";

import { toAppError } from "@/lib/api/error-body";
import { unsubscribe } from "@/lib/data/answers";
import { oneClickParamsSchema } from "@/lib/validation/answers";
import type { OneClickResult } from "@/lib/answers/one-click-result";

/** The button of an unsubscribe link's page: public, the signed token says whose setting. */
export async function unsubscribeAction(token: string): Promise<OneClickResult> {
  const parsed = oneClickParamsSchema.safeParse({ token });
  if (!parsed.success) return { ok: false, code: "answer_invalid" };
  try {
    await unsubscribe(parsed.data.token);
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return { ok: false, code: appError.code };
  }
  return { ok: true };
}
