import "server-only";
import { env } from "./env.server";

/** Today, or the APP_TODAY setting: the one clock the pages, the planner and the PDF read. */
export function serverToday(): Date {
  return env.APP_TODAY ? new Date(`${env.APP_TODAY}T12:00:00Z`) : new Date();
}

/** Today as "YYYY-MM-DD" (UTC), the form the rules take. */
export function serverTodayIso(): string {
  return serverToday().toISOString().slice(0, 10);
}
