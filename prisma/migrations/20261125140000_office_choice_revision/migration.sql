-- AlterTable
ALTER TABLE "office" ADD COLUMN     "choice_revision" INTEGER NOT NULL DEFAULT 0;
