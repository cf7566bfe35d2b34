-- Slack and Teams channels per office, and their posts of the week ahead.
ALTER TABLE "office" ADD COLUMN "slack_webhook_url" TEXT, ADD COLUMN "teams_webhook_url" TEXT;

CREATE TYPE "channel_target" AS ENUM ('SLACK', 'TEAMS');

CREATE TABLE "channel_post" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "target" "channel_target" NOT NULL,
    "week_start" DATE NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "status" "delivery_status" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_post_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "channel_post_dedupe_key_key" ON "channel_post"("dedupe_key");
CREATE INDEX "channel_post_status_idx" ON "channel_post"("status");

ALTER TABLE "channel_post" ADD CONSTRAINT "channel_post_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
