/**
 * The circle the cut rotation sweeps round: numbers from 0 to 2^32 (whole,
 * or halves after a move), so that every step is exact. Each person has a
 * place on it in their current ring; ties are broken by rank, so
 * (place, rank) is a key that orders a ring's members. A ring's pointer is
 * the key of the last person it cut: the next cut starts after it.
 *
 * Ring members are kept as arrays of ranks sorted by key: a ring changes
 * only when someone joins or leaves it, a few times per person and version.
 */
export const CIRCLE = 2 ** 32;

export class CutCircle {
  /** Each rank's place in its current ring. */
  readonly place: Float64Array;

  /**
   * People who join afresh take the place of the stable hash of their id:
   * unrelated to names or start dates, and the same whoever else is in the
   * office, so adding or removing someone moves nobody else's place.
   */
  constructor(hash: Uint32Array) {
    this.place = Float64Array.from(hash);
  }

  /** Index of the first member of `list` after the key, round the circle (0 past the end). */
  firstAfter(list: readonly number[], place: number, rank: number): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const member = list[middle] as number;
      if (keyBefore(place, rank, this.place[member] as number, member)) high = middle;
      else low = middle + 1;
    }
    return low === list.length ? 0 : low;
  }

  insert(list: number[], rank: number): void {
    list.splice(this.indexOf(list, rank), 0, rank);
  }

  remove(list: number[], rank: number): void {
    const at = this.indexOf(list, rank);
    if (list[at] === rank) list.splice(at, 1);
  }

  /**
   * Moves a person from one ring to another, keeping how far each ring's
   * sweep has to go to reach them: people who move together (a cohort whose
   * new-hire period ends, a team that moves) keep their order of turns, so
   * the move neither skips nor repeats a turn among them.
   */
  carry(rank: number, fromPlace: number, fromRank: number, toPlace: number): void {
    const place = this.place[rank] as number;
    // How far the sweep has to go: (0, CIRCLE], the person it just cut the
    // whole circle. Landing half a step off the new pointer's place keeps
    // the first and the last in line where they were.
    const ahead = keyBefore(fromPlace, fromRank, place, rank) ? place - fromPlace : place - fromPlace + CIRCLE;
    const moved = toPlace + (ahead === 0 ? 0.5 : ahead === CIRCLE ? CIRCLE - 0.5 : ahead);
    this.place[rank] = moved % CIRCLE;
  }

  /** Where `rank` is, or would go, in `list`. */
  private indexOf(list: readonly number[], rank: number): number {
    const place = this.place[rank] as number;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const member = list[middle] as number;
      const memberPlace = this.place[member] as number;
      if (memberPlace < place || (memberPlace === place && member < rank)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Whether key (placeA, rankA) comes before (placeB, rankB). */
export function keyBefore(placeA: number, rankA: number, placeB: number, rankB: number): boolean {
  return placeA < placeB || (placeA === placeB && rankA < rankB);
}
