import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { olderThan, pageOf } from "./keyset";

export const MAILBOX_PAGE_SIZE = 10;

/** The person's own emails in the local mailbox (no SMTP_URL), newest first; never anyone else's. */
export async function listOwnMailbox(user: Pick<CurrentUser, "id">, cursor?: string) {
  const rows = await db.mailboxMessage.findMany({
    where: { employeeId: user.id, ...olderThan(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_PAGE_SIZE + 1,
    select: { id: true, toAddress: true, fromAddress: true, subject: true, html: true, text: true, createdAt: true },
  });
  const { page, nextCursor } = pageOf(rows, MAILBOX_PAGE_SIZE);
  return { messages: page, nextCursor };
}
