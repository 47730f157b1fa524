-- Where a person moved to (迁往), recorded on the move-out event.
ALTER TABLE "resident_events" ADD COLUMN "Destination" TEXT NULL;
