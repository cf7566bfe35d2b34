import { z } from "zod";
import { MAX_TRENDS_DAYS, trendsParamsSchema, trendsQuerySchema } from "@/lib/validation/trends";
import { XLSX_CONTENT_TYPE } from "@/lib/trends/rows";
import { defineContract } from "../contract";
import { officeSchema } from "./capacity";

const held = "; null when every day of the row is held back";

const figuresShape = {
  openDays: z.number().int().meta({ description: "Open days in the row" }),
  heldBack: z.number().int().meta({ description: "Open days left out because too few people were in the group that day (PRIVACY_MIN_GROUP); every sum below is over the other days" }),
  capacity: z.number().int().nullable().meta({ description: `Seats over the days counted (whole office only)${held}` }),
  planned: z.number().int().nullable().meta({ description: `Person-days the plan brought in${held}` }),
  expected: z.number().int().nullable().meta({ description: `Person-days expected after people's choices (what they planned, not who came), confirmed extra days included${held}` }),
  stayedHome: z.number().int().nullable().meta({ description: `Planned person-days people stayed home${held}` }),
  stayHomeShare: z.number().nullable().meta({ description: `stayedHome / planned, 0 to 1${held}` }),
  extraAsked: z.number().int().nullable().meta({ description: `Extra days asked for (confirmed + waiting)${held}` }),
  extraConfirmed: z.number().int().nullable().meta({ description: `Extra days confirmed${held}` }),
  extraWaiting: z.number().int().nullable().meta({ description: `Extra days still (or, in the past, left) waiting on the day${held}` }),
  utilization: z.number().nullable().meta({ description: `expected / capacity (whole office only)${held}` }),
};

export const trendRowSchema = z
  .object({
    week: z.iso.date().optional().meta({ description: "by=week and by=weekday: the Monday of the ISO week" }),
    date: z.iso.date().optional().meta({ description: "by=weekday: the day (a cell of the weekday x week heat map)" }),
    weekday: z.number().int().min(1).max(7).optional().meta({ description: "by=weekday: ISO weekday, 1 = Monday" }),
    status: z.enum(["open", "closed"]).optional(),
    group: z.string().optional().meta({ description: "by=team|priority|wave: the team's name, the priority class, the wave's name; `none` for people in none" }),
    key: z.string().optional(),
    ...figuresShape,
  })
  .meta({ id: "TrendRow" });

export const officeTrendsContract = defineContract({
  method: "GET",
  path: "/offices/{id}/trends",
  summary: "An office's trends over a period: capacity, planned, expected, stay-homes and extra days (totals only)",
  description:
    `Per ISO week (by=week), per working day for the weekday x week heat map (by=weekday), or per team, priority class or wave over the period (by=team|priority|wave; HR and admins, whole office). ` +
    `Default period: the 12 weeks before this one, this week and the 3 after; from at most two years back, at most ${MAX_TRENDS_DAYS} days. ` +
    "Past days are decided from the plan versions, closures and choices stored for them: `expected` is what people planned, not who came. " +
    "Leaders see a team they lead (`team`, by default the first by name), never the whole office. Figures of groups too small to keep one person's choices private are left out (see `heldBack`), and so are others from which they could be computed. " +
    "`format=csv` answers `text/csv` and `format=xlsx` an Excel workbook with the same rows: ISO dates (real date cells in the workbook, whose header row is in the caller's language from the language cookie or Accept-Language), plain numbers (shares as numbers from 0 to 1, shown as percentages in the workbook), and an empty cell where a figure is held back.",
  tag: "Capacity",
  access: "trends:view",
  params: trendsParamsSchema,
  query: trendsQuerySchema,
  responses: {
    200: {
      description: "The office, the period and the rows (or, with format=csv or format=xlsx, the same rows as a download named in Content-Disposition)",
      schema: z.object({
        office: officeSchema,
        from: z.iso.date(),
        to: z.iso.date(),
        team: z.object({ id: z.string(), name: z.string() }).nullable(),
        by: z.enum(["week", "weekday", "team", "priority", "wave"]),
        rows: z.array(trendRowSchema),
      }),
      alsoAs: {
        "text/csv": z.string().meta({ description: "format=csv: a header row of the field names, then the rows" }),
        [XLSX_CONTENT_TYPE]: z.string().meta({ format: "binary", description: "format=xlsx: one sheet, a header row in the caller's language, then the rows" }),
      },
    },
  },
  errors: {
    403: "A leader asking for the whole office, a team they do not lead, or a breakdown (`forbidden`)",
    404: "No office has this id (`office_not_found`), or the office has no such team (`team_not_found`)",
    422: "`from` is more than two years before today in the office's time zone (`too_far_back`)",
  },
});

export const trendsContracts = [officeTrendsContract];
