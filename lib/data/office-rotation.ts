import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { computeRotation, type RotationResult } from "@/lib/rotation";
import { loadEngineInput } from "./rotation-input";

/** Enough for every office's common ranges (this week, four weeks, a month) without holding much memory. */
const MAX_ENTRIES = 64;

interface Entry {
  revision: number;
  result: Promise<RotationResult>;
}

// Keyed by office and range; an entry is good while the office's revision is unchanged.
const cache = new Map<string, Entry>();

/**
 * The engine's result for an office and range, computed once per office
 * revision. Every change that can move a day bumps `office.revision` in its
 * own transaction, and each call reads the revision first (one primary-key
 * query), so any number of app instances on one database stay correct
 * without talking to each other. Concurrent callers share one computation.
 */
export async function getOfficeRotation(officeId: string, from: IsoDate, to: IsoDate): Promise<RotationResult> {
  const { revision } = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { revision: true } });
  const key = `${officeId}|${from}|${to}`;
  const hit = cache.get(key);
  if (hit && hit.revision >= revision) {
    // Refresh its place: the map's order is the eviction order.
    cache.delete(key);
    cache.set(key, hit);
    return hit.result;
  }
  // Loaded after the revision was read: at worst newer than `revision`, never older.
  const result = loadEngineInput(officeId, from, to).then(computeRotation);
  cache.set(key, { revision, result });
  result.catch(() => cache.get(key)?.result === result && cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return result;
}
