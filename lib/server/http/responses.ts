// JSON answers of the API: never cached (they are answers to one person's input), and 429 with
// the wait in Retry-After. Pure: web-standard Response only.

/** A JSON response that no browser or shared cache keeps. */
export function jsonNoStore(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return Response.json(body, { ...init, headers });
}

/** 429 Too Many Requests with Retry-After (whole seconds, at least 1) and a message saying how long to wait. */
export function tooManyRequests(retryAfterSeconds: number, what: string): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return jsonNoStore(
    { error: `${what} Try again in ${waitText(seconds)}.`, problem: "rate-limited", retryAfterSeconds: seconds },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}

/** "45 seconds", "1 minute", "12 minutes". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
