import { heldBack } from "@/lib/privacy/small-groups";
import type { DayStatus } from "@/lib/rotation";
import type { Crossing, GroupTally, Partition } from "./tally";

/**
 * Which of a tally's (group, day) cells may be shown: `shown[group * days + day]`.
 *
 * The office's day follows the Capacity page's rule exactly. A group of a
 * partition (teams, priority classes, waves: each splits the office's people
 * every day) is shown on a day only when the office is, and when the group
 * passes the same rule (README "Small groups"). Then, because the office's
 * total minus the groups shown gives the sum of the groups held back, that
 * sum must pass the rule too: while it does not, the smallest group still
 * shown is held back as well. So every figure trends show is a sum of
 * (group, day) cells that are each shown, and a held-back cell is only ever
 * inside a sum of held-back cells that the rule would itself allow. Empty
 * groups (nobody in them that day) are held back and change no sum.
 */
export function shownCells(tally: GroupTally, officeShown: Uint8Array, statuses: readonly DayStatus[], minGroup: number): Uint8Array {
  const { groups, days } = tally;
  const { people, planned } = tally.counts;
  const shown = new Uint8Array(groups * days);
  for (let day = 0; day < days; day++) {
    if (statuses[day] !== "open" || officeShown[day] === 0) continue;
    for (let group = 0; group < groups; group++) {
      const at = group * days + day;
      const size = people[at] as number;
      if (size > 0 && !heldBack("open", planned[at] as number, size, minGroup)) shown[at] = 1;
    }
    complement(tally, shown, day, minGroup);
  }
  return shown;
}

/**
 * The office's total minus the groups shown is the sum of the groups held
 * back: while that sum would itself be held back, hold back the smallest
 * group still shown as well.
 */
function complement(tally: GroupTally, shown: Uint8Array, day: number, minGroup: number): void {
  const { groups, days } = tally;
  const { people, planned } = tally.counts;
  let unionPeople = 0;
  let unionPlanned = 0;
  for (let group = 0; group < groups; group++) {
    const at = group * days + day;
    if (shown[at] === 1) continue;
    unionPeople += people[at] as number;
    unionPlanned += planned[at] as number;
  }
  if (unionPeople === 0) return;
  while (heldBack("open", unionPlanned, unionPeople, minGroup)) {
    const next = smallestShown(shown, people, groups, days, day);
    if (next < 0) break;
    shown[next * days + day] = 0;
    unionPeople += people[next * days + day] as number;
    unionPlanned += planned[next * days + day] as number;
  }
}

/**
 * Groups of two partitions can nest (a wave that is one team's people, a
 * team that holds all of a priority class): the larger minus the smaller is
 * then a group of its own, which must pass the rule too, counting the
 * planned and the others apart (one group's planned people may all lie in
 * another while its others do not). When it would not, the smaller is held back
 * (and its partition's complement kept whole); repeated until nothing changes.
 */
export function separateNestedGroups(
  tallies: Record<Partition, GroupTally>,
  crossings: readonly Crossing[],
  shown: Record<Partition, Uint8Array>,
  statuses: readonly DayStatus[],
  minGroup: number,
): void {
  if (minGroup <= 1) return;
  const small = (count: number) => count > 0 && count < minGroup;
  const days = statuses.length;
  for (let day = 0; day < days; day++) {
    if (statuses[day] !== "open") continue;
    for (let changed = true; changed; ) {
      changed = false;
      for (const crossing of crossings) {
        const a = tallies[crossing.a];
        const b = tallies[crossing.b];
        for (let ga = 0; ga < a.groups; ga++) {
          const atA = ga * days + day;
          if (shown[crossing.a][atA] === 0) continue;
          for (let gb = 0; gb < b.groups; gb++) {
            const atB = gb * days + day;
            if (shown[crossing.b][atB] === 0) continue;
            const both = (ga * b.groups + gb) * days + day;
            const plannedBoth = crossing.planned[both] as number;
            const othersBoth = (crossing.people[both] as number) - plannedBoth;
            const [plannedA, othersA] = [a.counts.planned[atA] as number, (a.counts.people[atA] as number) - (a.counts.planned[atA] as number)];
            const [plannedB, othersB] = [b.counts.planned[atB] as number, (b.counts.people[atB] as number) - (b.counts.planned[atB] as number)];
            // Nesting is per kind of count: all of B's planned people inside A is enough for A minus B to give a planned count.
            const bInA = (plannedBoth === plannedB && small(plannedA - plannedB)) || (othersBoth === othersB && small(othersA - othersB));
            const aInB = (plannedBoth === plannedA && small(plannedB - plannedA)) || (othersBoth === othersA && small(othersB - othersA));
            if (bInA) {
              shown[crossing.b][atB] = 0;
              complement(b, shown[crossing.b], day, minGroup);
              changed = true;
            } else if (aInB) {
              shown[crossing.a][atA] = 0;
              complement(a, shown[crossing.a], day, minGroup);
              changed = true;
              break;
            }
          }
        }
      }
    }
  }
}

function smallestShown(shown: Uint8Array, people: Int32Array, groups: number, days: number, day: number): number {
  let best = -1;
  for (let group = 0; group < groups; group++) {
    const at = group * days + day;
    if (shown[at] === 1 && (best < 0 || (people[at] as number) < (people[best * days + day] as number))) best = group;
  }
  return best;
}

/** The office's own days: shown unless the rule holds them back (the same answer as the Capacity page). */
export function officeShownDays(office: GroupTally, statuses: readonly DayStatus[], minGroup: number): Uint8Array {
  const shown = new Uint8Array(office.days);
  for (let day = 0; day < office.days; day++) {
    const status = statuses[day] as DayStatus;
    shown[day] = status === "open" && !heldBack(status, office.counts.planned[day] as number, office.counts.people[day] as number, minGroup) ? 1 : 0;
  }
  return shown;
}
