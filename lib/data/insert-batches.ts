/**
 * Rows per INSERT when many rows are written in one transaction. Prisma
 * splits a createMany that would pass PostgreSQL's 32,767 bind parameters
 * into several statements and sends them at once on the transaction's one
 * connection, which pg deprecates (and pg 9 refuses); batches this size stay
 * under the limit for tables of up to 16 columns, and go one after another.
 */
export const INSERT_BATCH_ROWS = 2_000;

/**
 * Writes (or reads by) `rows` in batches of INSERT_BATCH_ROWS, one batch after another;
 * returns the rows the batches returned (createManyAndReturn), in order.
 */
export async function inBatches<Row, Returned = never>(rows: readonly Row[], run: (batch: Row[]) => Promise<readonly Returned[] | object>): Promise<Returned[]> {
  const returned: Returned[] = [];
  for (let start = 0; start < rows.length; start += INSERT_BATCH_ROWS) {
    const result = await run(rows.slice(start, start + INSERT_BATCH_ROWS));
    if (Array.isArray(result)) returned.push(...(result as readonly Returned[]));
  }
  return returned;
}
