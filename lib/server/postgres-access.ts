import { statSync, type Stats } from "node:fs";
import path from "node:path";

export interface UnixUser {
  name: string;
  uid: number;
  gid: number;
}

/** May `user` enter (search) a directory with these owner, group and mode bits? Root may always. */
export function canEnter(stats: Pick<Stats, "uid" | "gid" | "mode">, user: Pick<UnixUser, "uid" | "gid">): boolean {
  if (user.uid === 0) return true;
  if (stats.uid === user.uid) return (stats.mode & 0o100) !== 0;
  if (stats.gid === user.gid) return (stats.mode & 0o010) !== 0;
  return (stats.mode & 0o001) !== 0;
}

/**
 * The first existing folder on the way to `target` that `user` cannot enter,
 * or undefined when every one can be entered. Folders not created yet are
 * skipped: they will be created by the app for PostgreSQL.
 */
export function firstBlockedFolder(
  target: string,
  user: Pick<UnixUser, "uid" | "gid">,
  stat: (folder: string) => Pick<Stats, "uid" | "gid" | "mode" | "isDirectory"> | undefined = (folder) => {
    try {
      return statSync(folder);
    } catch {
      return undefined;
    }
  },
): string | undefined {
  const resolved = path.resolve(target);
  const folders: string[] = [];
  for (let folder = resolved; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  return folders.find((folder) => {
    const stats = stat(folder);
    return stats !== undefined && stats.isDirectory() && !canEnter(stats, user);
  });
}

/**
 * As root, PostgreSQL runs as user `postgres`, which must reach the data
 * folder and the binaries. Returns the one-sentence explanation when it
 * cannot, undefined when it can.
 */
export function postgresAccessProblem(folders: { dataDir: string; binaries: string }, user: UnixUser, stat?: Parameters<typeof firstBlockedFolder>[2]): string | undefined {
  for (const target of [folders.dataDir, folders.binaries]) {
    const blocked = firstBlockedFolder(target, user, stat);
    if (blocked) {
      return `The embedded PostgreSQL runs as user "${user.name}" when the app runs as root, and that user cannot enter ${blocked}: put the app in a folder every user can enter (for example under /srv or /opt), run it as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`;
    }
  }
  return undefined;
}
