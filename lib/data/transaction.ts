import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => ...)`: writes that must commit together take it. */
export type Tx = Prisma.TransactionClient;
