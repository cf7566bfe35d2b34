import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import type { EngineInput } from "@/lib/rotation";
import { engineInputOf, loadOfficeChoices, loadStructure, type OfficeStructure } from "./engine-input-read";
import type { ReadClient } from "./transaction";

interface StructureEntry {
  /** The office's revision when loaded (or later: loaded after it was read). */
  key: number;
  structure: Promise<OfficeStructure>;
  /** The structure once loaded. */
  ready: OfficeStructure | null;
}

// One entry per office: the structure of 10,000 people is a few MB at most.
const structures = new Map<string, StructureEntry>();

/**
 * Everything the rotation engine needs to decide an office's days from
 * `from` to `to`: the office, all its people and teams, its published plan
 * versions, and the closures, opt-outs and seat requests in the range.
 *
 * People, teams, plans and closures are cached per office by its
 * `revision`, which only HR's changes move (people's own choices bump their
 * day's revision instead): so a write, or the read after it, loads only the
 * range's opt-outs and seat requests, not 10,000 employees.
 * Pass a transaction's client to read the choices as that transaction sees
 * them (after its advisory locks).
 */
export async function loadEngineInput(
  officeId: string,
  from: IsoDate,
  to: IsoDate,
  client: ReadClient = db,
  options: LoadOptions = {},
): Promise<EngineInput> {
  // The office's revision read before this call: its structure can load beside the choices.
  const early = client === db && !options.uncommitted && options.officeRevision !== undefined ? officeStructure(officeId, options.officeRevision, db) : null;
  // Read alongside: a failed early load must not go unhandled while the choices are read.
  early?.catch(() => undefined);
  const office = await loadOfficeChoices(officeId, from, to, client, options.days ?? null);
  const structure = options.uncommitted ? await loadStructure(officeId, client, false) : await (early ?? officeStructure(officeId, office.revision, client));
  return engineInputOf(office, structure, from, to);
}

export interface LoadOptions {
  /** Only these days' stay-homes and seat requests (the rest of the range is not decided from them). */
  days?: readonly IsoDate[];
  /**
   * The transaction changed the office itself (HR's change, not committed
   * yet): load its structure afresh and keep it out of the cache, which must
   * only ever hold what a committed revision stands for.
   */
  uncommitted?: boolean;
  /**
   * The office's revision as read before this call (getOfficeRotation reads
   * it first): its structure, when not cached, loads beside the choices
   * instead of after them.
   */
  officeRevision?: number;
}

/**
 * The cached structure, or a fresh load. Inside a transaction it loads
 * through that transaction's client: a write holding day locks must never
 * wait for a second pool connection (50 writers would exhaust the pool).
 */
async function officeStructure(officeId: string, key: number, client: ReadClient): Promise<OfficeStructure> {
  const hit = structures.get(officeId);
  if (hit && hit.key >= key && (client === db || hit.ready)) return hit.ready ?? hit.structure;
  if (client !== db) {
    const structure = await loadStructure(officeId, client, false);
    const current = structures.get(officeId);
    if (!current || current.key < key) structures.set(officeId, { key, structure: Promise.resolve(structure), ready: structure });
    return structure;
  }
  // Loaded after `key` was read, so at worst newer than it, never older.
  const entry: StructureEntry = { key, structure: loadStructure(officeId, db, true), ready: null };
  entry.structure.then(
    (structure) => (entry.ready = structure),
    () => structures.get(officeId) === entry && structures.delete(officeId),
  );
  structures.set(officeId, entry);
  return entry.structure;
}
