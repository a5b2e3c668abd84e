DROP INDEX "email_deliveries_queue";--> statement-breakpoint
CREATE INDEX "email_deliveries_queue" ON "email_deliveries" USING btree ("created_at","id") WHERE "email_deliveries"."status" = 'queued';