/** The embedded default: a SQLite file under the git-ignored data/ folder. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** The file path of a `file:` SQLite url; relative paths resolve from the working directory. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: url for SQLite, got "${url.split(":")[0]}:…"`);
  }
  return url.slice("file:".length);
}
