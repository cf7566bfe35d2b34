import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { computeRotation, inputForDay, RotationInputError, spliceDays, type RotationResult } from "@/lib/rotation";
import { loadEngineInput } from "./rotation-input";

/** Enough for every office's common ranges (this week, four weeks, a month) without holding much memory. */
const MAX_ENTRIES = 64;

interface Revisions {
  /** The office's revision: HR's changes. */
  office: number;
  /** Each day's revision in the range (people's choices); a day without a row is 0. */
  days: ReadonlyMap<IsoDate, number>;
}

interface Entry {
  /** As read before the result's input was loaded: the result is at least this new. */
  revisions: Revisions;
  result: Promise<RotationResult>;
}

// Keyed by office and range.
const cache = new Map<string, Entry>();

/**
 * The engine's result for an office and range. Every change that can move a
 * day bumps a revision in its own transaction: HR's changes the office's,
 * people's choices their day's. Each call reads those revisions first (one
 * query), so any number of app instances on one database stay correct
 * without talking to each other. When only some days' choices changed, only
 * those days are decided again and spliced into the cached result.
 * Concurrent callers share one computation.
 */
export async function getOfficeRotation(officeId: string, from: IsoDate, to: IsoDate): Promise<RotationResult> {
  const revisions = await readRevisions(officeId, from, to);
  const key = `${officeId}|${from}|${to}`;
  const hit = cache.get(key);
  let result: Promise<RotationResult>;
  if (hit && hit.revisions.office === revisions.office) {
    const stale = [...revisions.days].filter(([day, revision]) => revision > (hit.revisions.days.get(day) ?? 0)).map(([day]) => day);
    if (stale.length === 0) {
      // Refresh its place: the map's order is the eviction order.
      cache.delete(key);
      cache.set(key, hit);
      return hit.result;
    }
    result = hit.result.then((base) => redoDays(officeId, base, stale));
  } else {
    // Loaded after the revisions were read: at worst newer than them, never older.
    result = loadEngineInput(officeId, from, to, db, { officeRevision: revisions.office }).then(computeRotation);
  }
  cache.delete(key);
  cache.set(key, { revisions, result });
  result.catch(() => cache.get(key)?.result === result && cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return result;
}

/** `base` with `days` decided again from their current choices. */
async function redoDays(officeId: string, base: RotationResult, days: IsoDate[]): Promise<RotationResult> {
  const sorted = [...days].sort();
  const input = await loadEngineInput(officeId, sorted[0] as IsoDate, sorted.at(-1) as IsoDate);
  try {
    return spliceDays(base, sorted.map((day) => computeRotation(inputForDay(input, day))));
  } catch (error) {
    // HR changed the office after the revisions were read (its people are not base's): decide the range afresh.
    if (!(error instanceof RotationInputError)) throw error;
    return computeRotation(await loadEngineInput(officeId, base.from, base.to));
  }
}

async function readRevisions(officeId: string, from: IsoDate, to: IsoDate): Promise<Revisions> {
  // One round trip: this runs before every cached read.
  const rows = await db.$queryRaw<{ office: number; day: IsoDate | null; revision: number | null }[]>`
    SELECT o.revision AS office, to_char(d.date, 'YYYY-MM-DD') AS day, d.revision
    FROM office o LEFT JOIN office_day_revision d ON d.office_id = o.id AND d.date BETWEEN ${from}::date AND ${to}::date
    WHERE o.id = ${officeId}`;
  const first = rows[0];
  if (!first) throw new Error(`Office ${officeId} does not exist`);
  return { office: first.office, days: new Map(rows.flatMap((row) => (row.day === null ? [] : [[row.day, row.revision ?? 0] as const]))) };
}
