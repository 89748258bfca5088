// How far a plan-document read has come, for the upload page's progress (page N of M) while
// JavaScript runs. Only the client that started the read gets an answer; nothing here is stored.
import { headers } from "next/headers";
import { jsonNoStore } from "@/lib/server/http/responses";
import { trackedRead } from "@/lib/server/plan-document/reads.server";
import { requestClient } from "@/lib/server/rate-limit/limiter.server";
import type { PlanDocumentState } from "@/app/check/plan-document/state";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const status = trackedRead<PlanDocumentState>(id, requestClient(await headers()));
  if (!status) return jsonNoStore({ error: "No read with this id is going on: it ended more than 10 minutes ago, or was never started." }, { status: 404 });
  return jsonNoStore(status.done ? { done: true, state: status.outcome } : { done: false, progress: status.progress });
}
