import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => ...)`: writes that must commit together take it. */
export type Tx = Prisma.TransactionClient;

/** The database, or a transaction's client: writes read fresh state through their transaction. */
export type ReadClient = typeof db | Tx;

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads side by side on the pool, but one after another on
 * a transaction's client: a transaction has one connection, and pg is
 * dropping support for sending a query while another is still running on it.
 */
export async function readAll<const T extends readonly (() => Promise<unknown>)[]>(client: ReadClient, reads: T): Promise<Results<T>> {
  if (client === db) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
