"use server";

import { revalidatePath } from "next/cache";
import { revokeOwnAccessToken } from "@/lib/data/access-tokens";
import { notFound } from "@/lib/errors";
import { accessTokenIdSchema } from "@/lib/validation/access-tokens";
import { safeAction } from "./safe-action";

/** Revokes one of the person's own tokens; it stops working on its next request. */
export const revokeAccessTokenAction = safeAction("profile:own", accessTokenIdSchema, async (user, { id }, now) => {
  if (!(await revokeOwnAccessToken(user, id, now))) throw notFound("That token is not yours or is already revoked.", "token_not_found");
  revalidatePath("/profile");
  return { id };
});
