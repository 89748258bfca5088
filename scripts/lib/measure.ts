// A closed-loop load generator: `concurrency` workers each repeat one request for a fixed time.
// Latency is measured per request; bounded in count and time, loopback only.

export interface LoadFigures {
  name: string;
  concurrency: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * `request` does one request and says whether it succeeded. When a request needs untimed
 * preparation (reading a form before posting it), it returns its own timed part in `ms`.
 */
export type RequestOutcome = boolean | { ok: boolean; ms: number };

export async function measure(
  name: string,
  options: { concurrency: number; durationMs: number; maxRequests?: number },
  worker: (index: number) => Promise<{ request: () => Promise<RequestOutcome> }>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const maxRequests = options.maxRequests ?? 100_000;
  const workers = await Promise.all(Array.from({ length: options.concurrency }, (_, index) => worker(index)));
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    workers.map(async ({ request }) => {
      while (performance.now() < deadline && latencies.length + errors < maxRequests) {
        const begin = performance.now();
        let outcome: RequestOutcome = false;
        try {
          outcome = await request();
        } catch {
          outcome = false;
        }
        const ok = typeof outcome === "boolean" ? outcome : outcome.ok;
        const ms = typeof outcome === "boolean" ? performance.now() - begin : outcome.ms;
        if (ok) latencies.push(ms);
        else errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name,
    concurrency: options.concurrency,
    requests: latencies.length,
    errors,
    requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50Ms: Math.round(at(0.5) * 10) / 10,
    p99Ms: Math.round(at(0.99) * 10) / 10,
  };
}
