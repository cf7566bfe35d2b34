import type { RotationLocale } from "../../lib/rotation";
import { norwegian, swedish, dutch } from "./people";

interface DemoTeam {
  name: string;
  essential?: boolean;
  servesHardHitCustomers?: boolean;
}

export interface DemoOffice {
  name: string;
  timezone: string;
  /** Whose public holidays "Add public holidays" offers. */
  country: string;
  locale: RotationLocale;
  seats: number;
  capacityPercent: number;
  employees: number;
  names: { given: string[]; family: string[] };
  teams: DemoTeam[];
  /** Public holidays of the office's country, as the office writes them. */
  holidays: [date: string, reason: string][];
}

export const demoOffices: DemoOffice[] = [
  {
    name: "Oslo",
    timezone: "Europe/Oslo",
    country: "NO",
    locale: "nb",
    seats: 60,
    capacityPercent: 50,
    employees: 110,
    names: norwegian,
    teams: [
      { name: "Travel Sales", servesHardHitCustomers: true },
      { name: "Customer Service", essential: true },
      { name: "Product" },
      { name: "Finance" },
    ],
    holidays: [
      ["2026-12-24", "Julaften"],
      ["2026-12-25", "Første juledag"],
      ["2026-12-31", "Nyttårsaften"],
      ["2027-01-01", "Første nyttårsdag"],
      ["2027-03-25", "Skjærtorsdag"],
      ["2027-03-26", "Langfredag"],
      ["2027-03-29", "Andre påskedag"],
      ["2027-05-06", "Kristi himmelfartsdag"],
      ["2027-05-17", "Grunnlovsdag og andre pinsedag"],
      ["2027-12-24", "Julaften"],
    ],
  },
  {
    name: "Stockholm",
    timezone: "Europe/Stockholm",
    country: "SE",
    locale: "sv",
    seats: 50,
    capacityPercent: 50,
    employees: 100,
    names: swedish,
    teams: [{ name: "Nordic Sales" }, { name: "Support", essential: true }, { name: "Engineering" }],
    holidays: [
      ["2026-12-24", "Julafton"],
      ["2026-12-25", "Juldagen"],
      ["2026-12-31", "Nyårsafton"],
      ["2027-01-01", "Nyårsdagen"],
      ["2027-01-06", "Trettondedag jul"],
      ["2027-03-26", "Långfredagen"],
      ["2027-03-29", "Annandag påsk"],
      ["2027-05-06", "Kristi himmelsfärdsdag"],
      ["2027-06-25", "Midsommarafton"],
      ["2027-12-24", "Julafton"],
    ],
  },
  {
    name: "Utrecht",
    timezone: "Europe/Amsterdam",
    country: "NL",
    locale: "nl",
    seats: 40,
    capacityPercent: 60,
    employees: 90,
    names: dutch,
    teams: [{ name: "Benelux Sales", servesHardHitCustomers: true }, { name: "Operations", essential: true }, { name: "Marketing" }],
    holidays: [
      ["2026-12-25", "Eerste Kerstdag"],
      ["2027-01-01", "Nieuwjaarsdag"],
      ["2027-03-29", "Tweede Paasdag"],
      ["2027-04-27", "Koningsdag"],
      ["2027-05-06", "Hemelvaartsdag"],
      ["2027-05-17", "Tweede Pinksterdag"],
      ["2027-12-24", "Kerstavond (kantoor dicht)"],
    ],
  },
];
