-- AlterEnum
ALTER TYPE "plan_status" ADD VALUE 'SUBMITTED';
ALTER TYPE "plan_status" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "rotation_plan" ADD COLUMN     "based_on_id" TEXT,
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "review_comment" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_by_id" TEXT,
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3),
ADD COLUMN     "team_id" TEXT,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "plan_change_notice" (
    "id" TEXT NOT NULL,
    "employee_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,
    "gained" DATE[],
    "lost" DATE[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dismissed_at" TIMESTAMPTZ(3),

    CONSTRAINT "plan_change_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "plan_change_notice_plan_id_idx" ON "plan_change_notice"("plan_id");

-- CreateIndex
CREATE UNIQUE INDEX "plan_change_notice_employee_id_plan_id_key" ON "plan_change_notice"("employee_id", "plan_id");

-- CreateIndex
CREATE INDEX "rotation_plan_team_id_idx" ON "rotation_plan"("team_id");

-- AddForeignKey
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_based_on_id_fkey" FOREIGN KEY ("based_on_id") REFERENCES "rotation_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_change_notice" ADD CONSTRAINT "plan_change_notice_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_change_notice" ADD CONSTRAINT "plan_change_notice_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rotation_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
