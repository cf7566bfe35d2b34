import { z } from "zod";

/** Naming a new personal access token. Messages are i18n keys (accessTokens.errors.*). */
export const createAccessTokenSchema = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(60, { error: "nameTooLong" }),
});

/** A token's id in a path or a form. */
export const accessTokenIdSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "Not a token id." }) });
