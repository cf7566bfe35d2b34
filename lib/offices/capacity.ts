/** The capacity limit per day: seats x the allowed percentage, rounded down. */
export function capacityPerDay(office: { seats: number; capacityPercent: number }): number {
  return Math.floor((office.seats * office.capacityPercent) / 100);
}
