CREATE SEQUENCE "public"."signature_confirm_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_country_counts" (
	"petition_id" uuid NOT NULL,
	"country" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "petition_country_counts_petition_id_country_pk" PRIMARY KEY("petition_id","country")
);
--> statement-breakpoint
CREATE TABLE "petition_counts" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"verified" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"labels" jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "petition_fields_key_format" CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
	CONSTRAINT "petition_fields_kind_valid" CHECK ("petition_fields"."kind" in ('text', 'choice', 'yesno'))
);
--> statement-breakpoint
CREATE TABLE "petition_hourly_counts" (
	"petition_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "petition_hourly_counts_petition_id_hour_pk" PRIMARY KEY("petition_id","hour")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"country" text NOT NULL,
	"postcode" text,
	"locale" text NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"updates_opt_in" boolean DEFAULT false NOT NULL,
	"consent_version" text NOT NULL,
	"consent_text" text NOT NULL,
	"source" text,
	"utm" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"ip_hash" text,
	"flag_reason" text,
	"verified" boolean DEFAULT false NOT NULL,
	"confirm_token_hash" text,
	"confirm_token_expires_at" timestamp with time zone,
	"confirmation_sends" integer DEFAULT 1 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirm_seq" bigint,
	"counted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signatures_status_valid" CHECK ("signatures"."status" in ('pending', 'confirmed', 'flagged', 'invalidated')),
	CONSTRAINT "signatures_country_format" CHECK (country ~ '^[A-Z]{2}$'),
	CONSTRAINT "signatures_confirmation_sends" CHECK ("signatures"."confirmation_sends" between 1 and 3),
	CONSTRAINT "signatures_confirmed_has_time" CHECK ("signatures"."status" <> 'confirmed' or "signatures"."confirmed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "verified_domains" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "collect_postcode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "petition_country_counts" ADD CONSTRAINT "petition_country_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_counts" ADD CONSTRAINT "petition_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_fields" ADD CONSTRAINT "petition_fields_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_hourly_counts" ADD CONSTRAINT "petition_hourly_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "petition_fields_key" ON "petition_fields" USING btree ("petition_id","key");--> statement-breakpoint
CREATE INDEX "rate_limits_window_idx" ON "rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_one_per_person" ON "signatures" USING btree ("petition_id","canonical_email");--> statement-breakpoint
CREATE INDEX "signatures_uncounted" ON "signatures" USING btree ("confirm_seq") WHERE ("signatures"."status" = 'confirmed') <> "signatures"."counted";--> statement-breakpoint
CREATE INDEX "signatures_wall" ON "signatures" USING btree ("petition_id","confirmed_at" DESC NULLS LAST) WHERE "signatures"."status" = 'confirmed' and "signatures"."show_name";--> statement-breakpoint
CREATE INDEX "signatures_petition_seq" ON "signatures" USING btree ("petition_id","confirm_seq") WHERE "signatures"."status" = 'confirmed';