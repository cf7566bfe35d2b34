-- AlterTable
ALTER TABLE "calendar_feed" ADD COLUMN "locale" TEXT;
