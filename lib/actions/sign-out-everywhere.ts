"use server";

import { endOwnSessions } from "@/lib/data/auth-sessions";
import { signOutEverywhereSchema } from "@/lib/validation/auth";
import { safeAction } from "./safe-action";

/** Ends every session of the caller, on every device and app instance; the browser then signs out (components/profile/sign-out-everywhere-button.tsx). */
export const signOutEverywhereAction = safeAction("profile:own", signOutEverywhereSchema, async (user, _input, now) => ({ ended: await endOwnSessions(user, now) }));
