import type { HolidayCountry } from "../../lib/offices/public-holidays";
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
  /** Whose public holidays the demo closes, and "Add public holidays" offers. */
  country: HolidayCountry;
  locale: RotationLocale;
  seats: number;
  capacityPercent: number;
  employees: number;
  names: { given: string[]; family: string[] };
  teams: DemoTeam[];
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
  },
];
