-- AlterTable
ALTER TABLE "office" ADD COLUMN     "digest_time" TEXT NOT NULL DEFAULT '14:00',
ADD COLUMN     "digest_weekday" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "used_answer_token" (
    "token_id" TEXT NOT NULL,
    "employee_id" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "used_answer_token_pkey" PRIMARY KEY ("token_id")
);

-- CreateIndex
CREATE INDEX "used_answer_token_employee_id_idx" ON "used_answer_token"("employee_id");

-- AddForeignKey
ALTER TABLE "used_answer_token" ADD CONSTRAINT "used_answer_token_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
