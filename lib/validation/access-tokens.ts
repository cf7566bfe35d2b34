import { z } from "zod";
import { singleLineText } from "./text";

/** Naming a new personal access token. Messages are i18n keys (accessTokens.errors.*). */
export const createAccessTokenSchema = z.object({
  name: singleLineText({ max: 60, required: "nameRequired", tooLong: "nameTooLong" }),
});

/** A token's id in a path or a form. */
export const accessTokenIdSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "Not a token id." }) });
