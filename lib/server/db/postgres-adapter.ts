import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * Prisma's PostgreSQL adapter, with one fix. @prisma/adapter-pg 6.19.3 maps every column's type
 * oid to a Prisma column type and throws "Column type 'name' could not be deserialized" for the
 * two it does not know, `"char"` (18) and `name` (19). Prisma's own schema engine selects such
 * columns from pg_catalog, so `prisma migrate deploy` fails without this (upstream issue
 * prisma/orm#27403). The app's own tables never use those types.
 *
 * The fix: a pg Client that reports those two columns as text (oid 25), whose values pg already
 * reads as plain strings. Passed in the pool config, it serves every connection the adapter
 * opens, pooled, in a transaction, or for a shadow database. Remove it once the adapter maps
 * them itself.
 */
const TEXT_OID = 25;
const READ_AS_TEXT = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function readNamesAsText<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultLike)?.fields ?? []) {
      if (READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class ClientReadingNamesAsText extends pg.Client {
  // The pool calls query() with a callback; a checked-out client (transactions) without one.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : readNamesAsText(result));
    }
    const result: unknown = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(readNamesAsText) : result) as never;
  }
}

export function postgresAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url, Client: ClientReadingNamesAsText });
}
