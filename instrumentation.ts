/**
 * Next.js calls register() once when a server process starts, before it serves a request.
 */
export async function register(): Promise<void> {
  // The database is reached from the Node.js runtime only; the edge build never sees these imports.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A wrong environment variable must stop the server. Next logs an error thrown from
    // register() but goes on listening, answering every request with a 500, so exit instead.
    let env: (typeof import("./lib/server/env.server"))["env"];
    try {
      ({ env } = await import("./lib/server/env.server"));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    const { stampSocketAddresses } = await import("./lib/server/rate-limit/socket-address.server");
    stampSocketAddresses();
    const { refuseOversizedBodiesEarly } = await import("./lib/server/http/early-refusal.server");
    refuseOversizedBodiesEarly();

    const { db } = await import("./lib/server/db/client.server");
    const { startHousekeeping, housekeeping } = await import("./lib/server/housekeeping.server");

    if (env.DATABASE_URL.startsWith("file:")) {
      // WAL lets visitors read while another saves, instead of queueing behind the writer. The mode
      // is stored in the database file, so setting it once per start is enough.
      try {
        const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode=WAL");
        const mode = rows[0]?.journal_mode;
        if (mode !== "wal") console.warn(`SQLite stayed in journal mode "${mode}" instead of WAL`);
      } catch (error) {
        console.error("Could not switch SQLite to WAL:", describe(error));
      }
    }

    // Housekeeping only: a failure is logged and the app starts anyway.
    await housekeeping("at start-up");
    // And again every hour while the server runs, so expired answers do not wait for a restart.
    startHousekeeping();

    // The checklist PDF's worker threads start and warm up now, off the request thread.
    try {
      const { startChecklistPdfWorkers } = await import("./components/pdf/render-pool.server");
      startChecklistPdfWorkers();
    } catch (error) {
      console.error("Could not start the PDF workers:", describe(error));
    }
  }
}

// Name and message only, never the failed call's arguments: no answers or tokens in the log.
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
