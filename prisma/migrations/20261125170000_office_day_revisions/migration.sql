-- People's choices (stay home, extra days, returns) now mark only the day they
-- change, so a cached range redoes one day instead of all of them, and writes on
-- different days no longer queue on the office row.
CREATE TABLE "office_day_revision" (
    "office_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "office_day_revision_pkey" PRIMARY KEY ("office_id","date")
);

ALTER TABLE "office_day_revision" ADD CONSTRAINT "office_day_revision_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "office" DROP COLUMN "choice_revision";
