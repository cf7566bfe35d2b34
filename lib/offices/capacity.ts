/** How an office limits its people per day: a share of its seats, or a fixed number. */
export interface OfficeCapacity {
  seats: number;
  capacityPercent: number;
  /**
   * When not null, the limit is this many people, whatever the seats.
   * Required so that every caller selects it: a query that forgot it would
   * silently fall back to the percentage.
   */
  capacityFixed: number | null;
}

/** The capacity limit per day: the fixed number, else seats x the allowed percentage, rounded down. */
export function capacityPerDay(office: OfficeCapacity): number {
  if (office.capacityFixed !== null) return office.capacityFixed;
  return Math.floor((office.seats * office.capacityPercent) / 100);
}
