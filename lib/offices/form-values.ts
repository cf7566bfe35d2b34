import type { OfficeFormValues } from "@/components/offices/office-form";

/** An office as its form shows it (numbers as the text the inputs hold). */
export function officeFormValues(office?: {
  name: string;
  timezone: string;
  locale: string;
  country: string | null;
  seats: number;
  capacityPercent: number;
  capacityFixed: number | null;
  workingWeekdays: number[];
  digestWeekday: number;
  digestTime: string;
}): OfficeFormValues {
  if (!office) {
    return { name: "", timezone: "Europe/Oslo", locale: "nb", country: "NO", seats: "", capacityMode: "percent", capacityPercent: "50", capacityFixed: "", workingWeekdays: [1, 2, 3, 4, 5], digestWeekday: "5", digestTime: "14:00" };
  }
  return {
    name: office.name,
    timezone: office.timezone,
    locale: office.locale,
    country: office.country ?? "",
    seats: String(office.seats),
    capacityMode: office.capacityFixed === null ? "percent" : "fixed",
    capacityPercent: String(office.capacityPercent),
    capacityFixed: office.capacityFixed === null ? "" : String(office.capacityFixed),
    workingWeekdays: office.workingWeekdays,
    digestWeekday: String(office.digestWeekday),
    digestTime: office.digestTime,
  };
}
