import "server-only";
import { env } from "@/lib/server/env.server";
import { requestClient } from "./limiter.server";
import { consumeWork, type WorkDecision, type WorkScope } from "./work-limiter";

const LIMITS: Record<WorkScope, () => number> = {
  upload: () => env.RATE_LIMIT_UPLOADS_PER_HOUR,
  "checklist-pdf": () => env.RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR,
  evaluate: () => env.RATE_LIMIT_EVALUATIONS_PER_HOUR,
};

/** Counts one request of `scope` from the request's client, under this deployment's limits. */
export function consumeWorkFor(scope: WorkScope, headers: Headers): WorkDecision & { client: string } {
  const client = requestClient(headers);
  return { ...consumeWork(scope, client, LIMITS[scope]()), client };
}
