-- CreateTable
CREATE TABLE "sign_in_failure" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_failure_email_created_at_idx" ON "sign_in_failure"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_failure_address_created_at_idx" ON "sign_in_failure"("address", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_failure_created_at_idx" ON "sign_in_failure"("created_at");
