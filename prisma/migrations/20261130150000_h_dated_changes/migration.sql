-- Dated changes: where people were in an office before a change of team or
-- surname (or away from it), and when they left it, so the rotation keeps
-- earlier days.

-- CreateTable
CREATE TABLE "earlier_place" (
    "employee_id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "until" DATE NOT NULL,
    "team_id" TEXT,
    "family_name" TEXT NOT NULL,
    "away" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "earlier_place_pkey" PRIMARY KEY ("employee_id","office_id","until")
);

-- CreateTable
CREATE TABLE "office_departure" (
    "employee_id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "last_day" DATE NOT NULL,
    "team_id" TEXT,
    "family_name" TEXT NOT NULL,

    CONSTRAINT "office_departure_pkey" PRIMARY KEY ("employee_id","office_id","last_day")
);

-- CreateIndex
CREATE INDEX "earlier_place_office_id_idx" ON "earlier_place"("office_id");

-- CreateIndex
CREATE INDEX "earlier_place_team_id_idx" ON "earlier_place"("team_id");

-- CreateIndex
CREATE INDEX "office_departure_office_id_idx" ON "office_departure"("office_id");

-- CreateIndex
CREATE INDEX "office_departure_team_id_idx" ON "office_departure"("team_id");

-- AddForeignKey
ALTER TABLE "earlier_place" ADD CONSTRAINT "earlier_place_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "earlier_place" ADD CONSTRAINT "earlier_place_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "earlier_place" ADD CONSTRAINT "earlier_place_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "office_departure" ADD CONSTRAINT "office_departure_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "office_departure" ADD CONSTRAINT "office_departure_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "office_departure" ADD CONSTRAINT "office_departure_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
