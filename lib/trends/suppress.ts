import { heldBack } from "@/lib/privacy/small-groups";
import type { DayStatus } from "@/lib/rotation";
import type { GroupTally } from "./tally";

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
  const hidden: number[] = [];
  for (let day = 0; day < days; day++) {
    if (statuses[day] !== "open" || officeShown[day] === 0) continue;
    hidden.length = 0;
    for (let group = 0; group < groups; group++) {
      const at = group * days + day;
      const size = people[at] as number;
      if (size > 0 && !heldBack("open", planned[at] as number, size, minGroup)) shown[at] = 1;
      else if (size > 0) hidden.push(group);
    }
    if (hidden.length === 0) continue;
    let unionPeople = hidden.reduce((sum, group) => sum + (people[group * days + day] as number), 0);
    let unionPlanned = hidden.reduce((sum, group) => sum + (planned[group * days + day] as number), 0);
    while (heldBack("open", unionPlanned, unionPeople, minGroup)) {
      const next = smallestShown(shown, people, groups, days, day);
      if (next < 0) break;
      shown[next * days + day] = 0;
      unionPeople += people[next * days + day] as number;
      unionPlanned += planned[next * days + day] as number;
    }
  }
  return shown;
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
