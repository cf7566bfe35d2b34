import "server-only";
import { generateAccessToken, hashAccessToken } from "@/lib/auth/access-token";
import { CURRENT_USER_SELECT, currentUserOf, type CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "./audit";

/** Writing lastUsedAt on every request would turn every read into a write; once in a while is enough. */
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

/** The active employee a personal access token belongs to, or null for an unknown or revoked token. */
export async function userByAccessToken(token: string, now: Date): Promise<CurrentUser | null> {
  const found = await db.personalAccessToken.findUnique({
    where: { tokenHash: hashAccessToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, employee: { select: CURRENT_USER_SELECT } },
  });
  if (!found || found.revokedAt) return null;
  const user = currentUserOf(found.employee);
  if (user && (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)) {
    await db.personalAccessToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return user;
}

/** Creates a token for the signed-in person; the returned token is shown once and never stored. */
export async function createAccessToken(user: CurrentUser, name: string) {
  const { token, tokenHash, prefix } = generateAccessToken();
  const created = await db.personalAccessToken.create({
    data: { employeeId: user.id, name, tokenHash, prefix },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...created, token };
}

/** The person's own tokens, newest first, without hashes. */
export async function listOwnAccessTokens(user: CurrentUser) {
  return db.personalAccessToken.findMany({
    where: { employeeId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the person's own tokens; it stops working on the next request. Returns false if it is not theirs. */
export async function revokeOwnAccessToken(user: CurrentUser, tokenId: string, now: Date): Promise<boolean> {
  const { count } = await db.personalAccessToken.updateMany({
    where: { id: tokenId, employeeId: user.id, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}

/**
 * An admin revokes anyone's token (a lost laptop, a leaver), audited in the
 * same transaction. Unknown id → 404; an already revoked token stays as it was.
 */
export async function revokeAccessTokenAsAdmin(admin: CurrentUser, tokenId: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.personalAccessToken.findUnique({ where: { id: tokenId }, select: { employeeId: true, name: true, prefix: true, revokedAt: true } });
    if (!token) throw notFound(`There is no access token with id ${tokenId}.`, "token_not_found");
    if (token.revokedAt) return;
    await tx.personalAccessToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "token.revoke",
      entityType: "token",
      entityId: tokenId,
      before: { employeeId: token.employeeId, name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
  });
}
