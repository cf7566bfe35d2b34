import { z } from "zod";
import { oneClickTokenSchema } from "@/lib/notifications/one-click";

/** The path of a one-click link from an email: `/answers/{token}`, `/unsubscribe/{token}`. */
export const oneClickParamsSchema = z.object({ token: oneClickTokenSchema });

export type OneClickParams = z.output<typeof oneClickParamsSchema>;
