-- AlterTable
ALTER TABLE "office" ADD COLUMN     "capacity_fixed" INTEGER,
ADD COLUMN     "country" TEXT;

-- DropIndex
DROP INDEX "audit_log_created_at_idx";

-- CreateIndex
CREATE INDEX "employee_family_name_given_name_id_idx" ON "employee"("family_name", "given_name", "id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at", "id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_created_at_idx" ON "audit_log"("entity_type", "created_at");

-- Existing offices get the country of their time zone, for public holidays.
UPDATE "office" SET "country" = CASE "timezone"
  WHEN 'Europe/Oslo' THEN 'NO'
  WHEN 'Europe/Stockholm' THEN 'SE'
  WHEN 'Europe/Copenhagen' THEN 'DK'
  WHEN 'Europe/Amsterdam' THEN 'NL'
  WHEN 'Europe/Berlin' THEN 'DE'
  WHEN 'Europe/London' THEN 'GB'
END;
