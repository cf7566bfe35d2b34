-- CreateEnum
CREATE TYPE "day_sharing" AS ENUM ('NOBODY', 'TEAM', 'OFFICE');

-- AlterTable
ALTER TABLE "employee" ADD COLUMN "share_days_with" "day_sharing" NOT NULL DEFAULT 'NOBODY';
