import { notFound } from "next/navigation";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/employees/active-toggle";
import { EmployeeForm } from "@/components/employees/employee-form";
import { PlannedDays } from "@/components/employees/planned-days";
import { employeeFormOptions } from "@/components/employees/employee-form-props";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getPlannedDays } from "@/lib/data/employee-plan-days";
import { getEmployeeForAdmin } from "@/lib/data/employees";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("employees"))("editTitle") };
}

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("employees:manage");
  const { id } = await params;
  const employee = await getEmployeeForAdmin(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return (
    <Deferred>
      <EmployeeContent user={user} employee={employee} />
    </Deferred>
  );
}

/** The page once the person exists: their form options and planned days (the engine) load behind the loading state. */
async function EmployeeContent({ user, employee }: { user: CurrentUser; employee: Awaited<ReturnType<typeof getEmployeeForAdmin>> }) {
  const t = await getTranslations("employees");
  const [options, plannedDays] = await Promise.all([employeeFormOptions(user), getPlannedDays(employee.id, now())]);
  const name = `${employee.givenName} ${employee.familyName}`;
  return (
    <ClientMessages namespaces={["employees", "formErrors"]}>
      <PageHeader title={name} description={t("editDescription")} />
      {employee.active ? null : <p className="-mt-4 mb-4"><Badge tone="danger">{t("inactive")}</Badge></p>}
      <Card title={t("details")} id="employee-details">
        <EmployeeForm employeeId={employee.id} initial={employee} {...options} />
      </Card>
      <Card title={t("plannedDaysTitle")} id="employee-planned-days">
        <PlannedDays days={plannedDays} />
      </Card>
      <Card title={t("access")} id="employee-access">
        <ActiveToggle employeeId={employee.id} active={employee.active} name={name} />
      </Card>
    </ClientMessages>
  );
}
