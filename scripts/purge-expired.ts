/**
 * Deletes saved sessions whose expiry has passed, and rate-limit buckets of ended windows, and
 * prints how many went.
 *   npx tsx scripts/purge-expired.ts        (npm run db:purge)
 * Uses DATABASE_URL like the app; safe to run while the app is serving.
 */
import { spawnSync } from "node:child_process";

// The store is server code, guarded by React's `server-only` marker, which throws unless packages
// resolve under the "react-server" condition as they do inside Next. Plain `tsx` does not set it,
// so run once more with it set.
const REACT_SERVER = "--conditions=react-server";
const hasReactServer = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes("react-server"));

async function purge(): Promise<void> {
  const { purgeExpiredSessions } = await import("@/lib/server/sessions/store.server");
  const { purgeExpiredBuckets } = await import("@/lib/server/rate-limit/limiter.server");
  const count = await purgeExpiredSessions();
  const buckets = await purgeExpiredBuckets();
  console.log(`Purged ${count} expired session${count === 1 ? "" : "s"} and ${buckets} rate-limit bucket${buckets === 1 ? "" : "s"}.`);
}

if (hasReactServer) {
  purge().catch((error: unknown) => {
    console.error("Purging failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
} else {
  const rerun = spawnSync(process.execPath, [...process.execArgv, REACT_SERVER, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exitCode = rerun.status ?? 1;
}
