import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/url";

/**
 * The url schemes the app can open. PostgreSQL (`postgresql:`, `postgres:`) joins this list
 * when lib/db/client.server.ts learns to choose its adapter by scheme.
 */
export const SUPPORTED_DATABASE_SCHEMES = ["file:"] as const;

// `FOO=` in a shell or CI file means "not set", not "set to nothing".
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const databaseUrl = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .refine((url) => SUPPORTED_DATABASE_SCHEMES.some((scheme) => url.startsWith(scheme)), {
      // Only the scheme is echoed: a server url may carry a password.
      error: (issue) =>
        `must start with ${SUPPORTED_DATABASE_SCHEMES.join(" or ")} (a SQLite file), got "${String(issue.input).split(":")[0]}:…"`,
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

const envSchema = z.object({
  DATABASE_URL: databaseUrl,
  /** Days an unused saved session lives; every save or resume starts the count again. */
  SESSION_TTL_DAYS: sessionTtlDays,
});

export type Env = z.infer<typeof envSchema>;

/** Parses and checks the variables; throws one error that names every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = name === "DATABASE_URL" ? "" : ` (got "${source[name]}")`;
    return `  ${name} ${issue.message}${shown}`;
  });
  throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
}

/** Read once, at start-up: a wrong value stops the server before it serves anyone. */
export const env: Env = parseEnv(process.env);
