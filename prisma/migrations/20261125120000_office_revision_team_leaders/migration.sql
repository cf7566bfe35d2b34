-- AlterTable
ALTER TABLE "office" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "team_leader" (
    "team_id" TEXT NOT NULL,
    "employee_id" TEXT NOT NULL,

    CONSTRAINT "team_leader_pkey" PRIMARY KEY ("team_id","employee_id")
);

-- CreateIndex
CREATE INDEX "team_leader_employee_id_idx" ON "team_leader"("employee_id");

-- AddForeignKey
ALTER TABLE "team_leader" ADD CONSTRAINT "team_leader_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_leader" ADD CONSTRAINT "team_leader_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing leaders lead the team they are in.
INSERT INTO "team_leader" ("team_id", "employee_id")
SELECT "team_id", "id" FROM "employee" WHERE "role" = 'LEADER' AND "team_id" IS NOT NULL;
