import { getTranslations } from "next-intl/server";
import { Card } from "@/components/forms/fields";
import { EmployeeForm } from "@/components/employees/employee-form";
import { employeeFormOptions } from "@/components/employees/employee-form-props";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { todayIn } from "@/lib/date-only";
import { now } from "@/lib/clock";

export async function generateMetadata() {
  return { title: (await getTranslations("employees"))("newTitle") };
}

export default async function NewEmployeePage() {
  const user = await requirePermission("employees:manage");
  const t = await getTranslations("employees");
  const options = await employeeFormOptions(user);
  const initial = { givenName: "", familyName: "", email: "", officeId: user.officeId, teamId: null, startDate: todayIn("UTC", now()), role: "EMPLOYEE" as const };
  return (
    <ClientMessages namespaces={["employees", "formErrors"]}>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card title={t("details")} id="employee-details">
        <EmployeeForm initial={initial} {...options} />
      </Card>
    </ClientMessages>
  );
}
