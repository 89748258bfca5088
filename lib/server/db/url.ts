/** The embedded default: a SQLite file under the git-ignored data/ folder. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export type DatabaseKind = "sqlite" | "postgresql";

/** Which database a url opens: `file:` is SQLite, `postgres:` and `postgresql:` are PostgreSQL. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql:") || url.startsWith("postgres:")) return "postgresql";
  // Only the scheme: a server url may carry a password.
  throw new Error(`DATABASE_URL must be a file: (SQLite) or postgresql: url, got "${url.split(":")[0]}:…"`);
}

/** The file path of a `file:` SQLite url; relative paths resolve from the working directory. */
export function sqliteFilePath(url: string): string {
  if (databaseKind(url) !== "sqlite") {
    throw new Error(`DATABASE_URL must be a file: url for SQLite, got "${url.split(":")[0]}:…"`);
  }
  return url.slice("file:".length);
}
