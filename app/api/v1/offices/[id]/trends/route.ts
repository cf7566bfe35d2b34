import { officeTrendsContract } from "@/lib/api/contracts/trends";
import { apiRoute } from "@/lib/api/route";
import { getOfficeSummary } from "@/lib/data/capacity";
import { getOfficeTrends } from "@/lib/data/trends";
import { todayIn } from "@/lib/date-only";
import { badRequest, forbiddenError, refused } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/negotiate";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { trendRows, trendsCsv, XLSX_CONTENT_TYPE } from "@/lib/trends/rows";
import { trendsXlsx } from "@/lib/trends/xlsx";
import { resolveTrendsRange } from "@/lib/validation/trends";

const PROBLEMS = {
  tooFarBack: "must be at most two years before today (in the office's time zone)",
  backwards: "to must be on or after from",
  tooLong: "the period is too long",
} as const;

const DOWNLOAD_TYPES = { csv: "text/csv; charset=utf-8", xlsx: XLSX_CONTENT_TYPE } as const;

// A spreadsheet's header row in the reader's words: the Trends table's own column names (a group's key has its own).
const columnHeader = (t: Translate) => (field: string) => t(field === "key" ? "groupKey" : field);

export const GET = apiRoute(officeTrendsContract, async ({ user, params, query, now, request }) => {
  const summary = await getOfficeSummary(params.id);
  const range = resolveTrendsRange(todayIn(summary.timezone, now), query);
  // A well-formed day further back than trends reach is a rule's refusal (422), like a past day elsewhere.
  if ("problem" in range && range.problem === "tooFarBack") throw refused("too_far_back", `from ${PROBLEMS.tooFarBack}`, "from");
  if ("problem" in range) throw badRequest(`${range.field} ${PROBLEMS[range.problem]}`, range.field);
  const breakdown = query.by === "team" || query.by === "priority" || query.by === "wave";
  if (breakdown && query.team) throw badRequest("a breakdown covers the whole office: leave out team", "by");
  const trends = await getOfficeTrends(user, params.id, range.from, range.to, query.team ?? null);
  if (breakdown && !trends.breakdowns) throw forbiddenError("Breakdowns by team, priority class and wave are for HR and admins.");
  const { keys, rows } = trendRows(query.by, trends.series, trends.breakdowns);
  if (query.format !== "json") {
    const file = query.format === "xlsx" ? await trendsXlsx(keys, rows, columnHeader(translatorFor(requestLocale(request.headers), "trends"))) : trendsCsv(keys, rows);
    return new Response(file, {
      headers: {
        "Content-Type": DOWNLOAD_TYPES[query.format],
        "Content-Disposition": `attachment; filename="trends-${range.from}-${range.to}-${query.by}.${query.format}"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return { body: { office: trends.office, from: range.from, to: range.to, team: trends.team, by: query.by, rows } };
});
