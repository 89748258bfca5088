/**
 * At most one plan-document read at a time per client, on this instance: a second upload from the
 * same address while one is being read is refused (429) rather than queued, so one client cannot
 * take every read worker. In memory: a read lives only as long as its request.
 */
// One set per process: the API's route and the page's action are separate bundles.
const globalForReads = globalThis as unknown as { clientsReading?: Set<string> };
const reading = (globalForReads.clientsReading ??= new Set<string>());

/** A release function when the client had no read running, or null when it has one. */
export function holdReadSlot(client: string): (() => void) | null {
  if (reading.has(client)) return null;
  reading.add(client);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    reading.delete(client);
  };
}

/** Seconds to suggest before trying again when a read is already running for the client. */
export const READ_SLOT_RETRY_SECONDS = 10;
