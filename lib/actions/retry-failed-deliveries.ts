"use server";

import { z } from "zod";
import { retryFailedDeliveries } from "@/lib/data/delivery-overview";
import { safeAction } from "./safe-action";

/** An admin sends the failed deliveries again (after fixing the mail server, say). */
export const retryFailedDeliveriesAction = safeAction("deliveries:manage", z.object({}), async (user) => ({ retried: await retryFailedDeliveries(user) }));
