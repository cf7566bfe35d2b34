import { exportEmployees } from "@/lib/api/contracts/people";
import { apiRoute } from "@/lib/api/route";
import { exportEmployeesCsv } from "@/lib/data/employee-import";

export const GET = apiRoute(exportEmployees, async ({ now }) => {
  const csv = await exportEmployeesCsv();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="employees-${now.toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
