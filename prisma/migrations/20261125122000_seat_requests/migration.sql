-- CreateEnum
CREATE TYPE "seat_request_kind" AS ENUM ('EXTRA', 'RETURN');

-- CreateTable
CREATE TABLE "seat_request" (
    "id" TEXT NOT NULL,
    "employee_id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "seat_request_kind" NOT NULL,
    "queue_key" INTEGER NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seat_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "seat_request_office_id_date_idx" ON "seat_request"("office_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "seat_request_employee_id_date_key" ON "seat_request"("employee_id", "date");

-- AddForeignKey
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
