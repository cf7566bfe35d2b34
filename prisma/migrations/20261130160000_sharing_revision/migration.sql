-- AlterTable
ALTER TABLE "office" ADD COLUMN "sharing_revision" INTEGER NOT NULL DEFAULT 0;
