import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/server/db/url";

/** The url schemes the app can open: a SQLite file, or a PostgreSQL server (lib/server/db/client.server.ts). */
export const SUPPORTED_DATABASE_SCHEMES = ["file:", "postgresql:", "postgres:"] as const;

// `FOO=` in a shell or CI file means "not set", not "set to nothing".
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const databaseUrl = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .refine((url) => SUPPORTED_DATABASE_SCHEMES.some((scheme) => url.startsWith(scheme)), {
      // Only the scheme is echoed: a server url may carry a password.
      error: (issue) =>
        `must start with file: (a SQLite file) or postgresql: or postgres: (a PostgreSQL server), got "${String(issue.input).split(":")[0]}:…"`,
    })
    .default(DEFAULT_DATABASE_URL),
);

const sessionTtlDays = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .regex(/^\d+$/, "must be a whole number of days")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1 day").max(365, "must be at most 365 days"))
    .default(30),
);

/** A whole number from the environment, within [min, max]. */
const wholeNumber = (min: number, max: number, fallback: number, unit: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number of ${unit}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback),
  );

const envSchema = z.object({
  DATABASE_URL: databaseUrl,
  /** "true": the session cookie is Secure even when no proxy reports HTTPS. */
  COOKIE_SECURE: z.preprocess(unsetIfEmpty, z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional()),
  /**
   * The date the app treats as today (YYYY-MM-DD), for demonstrations and browser tests that
   * need a fixed point in the year; unset, the real date.
   */
  APP_TODAY: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
      .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)), "must be a real date")
      .optional(),
  ),
  /** Days an unused saved session lives; every save or resume starts the count again. */
  SESSION_TTL_DAYS: sessionTtlDays,
  /** New saved sessions one client address may start per hour. */
  RATE_LIMIT_SESSION_CREATES_PER_HOUR: wholeNumber(1, 1_000_000, 60, "sessions"),
  /** Resume links one client address may open per hour, known or not: a guesser gets 429s. */
  RATE_LIMIT_RESUMES_PER_HOUR: wholeNumber(1, 1_000_000, 30, "lookups"),
  /**
   * The HMAC key that turns client addresses into rate-limit keys. When unset, one is generated
   * and kept in the database, so every instance shares it.
   */
  RATE_LIMIT_SECRET: z.preprocess(
    unsetIfEmpty,
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  /** Plan documents (PDF uploads or pasted text) one client address may have read per hour. */
  RATE_LIMIT_UPLOADS_PER_HOUR: wholeNumber(1, 1_000_000, 30, "documents"),
  /** Checklist PDFs one client address may download per hour. */
  RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR: wholeNumber(1, 1_000_000, 60, "PDFs"),
  /** Calls to POST /api/evaluate one client address may make per hour. */
  RATE_LIMIT_EVALUATIONS_PER_HOUR: wholeNumber(1, 1_000_000, 600, "calls"),
  /** Seconds a plan document's read may take before it is stopped (scanned pages get more, see lib/server/plan-document/limits.ts). */
  PLAN_DOCUMENT_READ_SECONDS: wholeNumber(1, 600, 20, "seconds"),
  /** How many proxies in front of the app append to x-forwarded-for; see lib/server/rate-limit/client-address.ts. */
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10, 0, "proxies"),
});

export type Env = z.infer<typeof envSchema>;

/** Parses and checks the variables; throws one error that names every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = name === "DATABASE_URL" || name === "RATE_LIMIT_SECRET" ? "" : ` (got "${source[name]}")`;
    return `  ${name} ${issue.message}${shown}`;
  });
  throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
}

/** Read once, at start-up: a wrong value stops the server before it serves anyone. */
export const env: Env = parseEnv(process.env);
