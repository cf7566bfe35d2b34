"use server";

import { revalidatePath } from "next/cache";
import { createAccessToken } from "@/lib/data/access-tokens";
import { createAccessTokenSchema } from "@/lib/validation/access-tokens";
import { safeAction } from "./safe-action";

/** Creates a personal access token; the token comes back once, for the page to show, and is never stored. */
export const createAccessTokenAction = safeAction("profile:own", createAccessTokenSchema, async (user, { name }) => {
  const created = await createAccessToken(user, name);
  revalidatePath("/profile");
  return { name: created.name, token: created.token };
});
