import { z } from "zod";

/** Shared by the sign-in form and the credentials provider. Messages are i18n keys. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "emailInvalid" })),
  password: z.string().min(1, { error: "passwordRequired" }).max(200),
});

/** "Sign out everywhere" takes no input. */
export const signOutEverywhereSchema = z.object({});
