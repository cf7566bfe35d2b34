import { officeTrendsContract } from "@/lib/api/contracts/trends";
import { apiRoute } from "@/lib/api/route";
import { getOfficeSummary } from "@/lib/data/capacity";
import { getOfficeTrends } from "@/lib/data/trends";
import { todayIn } from "@/lib/date-only";
import { badRequest, forbiddenError, refused } from "@/lib/errors";
import { trendRows, trendsCsv } from "@/lib/trends/rows";
import { resolveTrendsRange } from "@/lib/validation/trends";

const PROBLEMS = {
  tooFarBack: "must be at most two years before today (in the office's time zone)",
  backwards: "to must be on or after from",
  tooLong: "the period is too long",
} as const;

export const GET = apiRoute(officeTrendsContract, async ({ user, params, query, now }) => {
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
  if (query.format === "csv") {
    return new Response(trendsCsv(keys, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="trends-${range.from}-${range.to}-${query.by}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return { body: { office: trends.office, from: range.from, to: range.to, team: trends.team, by: query.by, rows } };
});
