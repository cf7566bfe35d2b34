-- AlterTable
ALTER TABLE "employee" ADD COLUMN     "oidc_subject" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "employee_oidc_subject_key" ON "employee"("oidc_subject");
