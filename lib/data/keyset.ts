import { decodeCursor, encodeCursor } from "@/lib/validation/audit";

/** Rows older than a keyset cursor ("<createdAt>_<id>"), for lists newest first ordered by (createdAt, id) descending. */
export function olderThan(cursor: string | undefined) {
  if (!cursor) return {};
  const position = decodeCursor(cursor);
  return { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] };
}

/** A page from `size + 1` rows read: the first `size`, and the cursor of the next page when there is one. */
export function pageOf<T extends { createdAt: Date; id: string }>(rows: T[], size: number): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}
