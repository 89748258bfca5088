// What the proxy refuses before any page, action or route runs. Pure: works on a method, a path
// and web-standard Headers, so it is tested without a server.

import { MAX_JSON_BODY_BYTES } from "./read-json";

/** The one route that takes a file: a plan document of up to about 15 MB, with room for the multipart framing. */
export const UPLOAD_PATH = "/api/plan-document";
/** The upload page's form posts the same file to its server action (works without JavaScript). */
export const UPLOAD_PAGE_PATH = "/check/plan-document";
export const MAX_UPLOAD_BODY_BYTES = 16 * 1024 * 1024;

/** The largest body a path accepts: a few kilobytes anywhere, except the plan-document upload. */
export function maxBodyBytes(path: string): number {
  return path === UPLOAD_PATH || path === UPLOAD_PAGE_PATH ? MAX_UPLOAD_BODY_BYTES : MAX_JSON_BODY_BYTES;
}

export type Refusal = {
  status: 400 | 403 | 411 | 413;
  message: string;
  /** For the log: what was wrong, by kind, never the header's value. */
  kind: string;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Null when the request may go on. Otherwise:
 * - 403 for an Origin header that does not parse (Next's action handler would throw on it and
 *   answer 500), and for a post to a page (a server action) from another origin;
 * - 411 for a post to a page without a Content-Length: a chunked body would pass the size check;
 *   browsers always send the length of a form or a server action's body;
 * - 413 for a declared length past the path's limit; 400 for a length that is not a number.
 * API routes read their own bodies with a cap (read-json.ts), so they may be chunked.
 */
export function refuseRequest(method: string, path: string, headers: Headers): Refusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const isApi = path.startsWith("/api/");

  const origin = headers.get("origin");
  if (origin !== null) {
    const originHost = parseOriginHost(origin);
    if (originHost === null) return { status: 403, message: "The request's Origin is not valid.", kind: "origin header that does not parse" };
    if (!isApi && !sameHost(originHost, headers)) {
      return { status: 403, message: "Forms on this site can only be sent from this site.", kind: "post from another origin" };
    }
  }

  const length = headers.get("content-length");
  if (length === null) {
    if (isApi) return null;
    return { status: 411, message: "The request must say its length.", kind: "post without a content-length" };
  }
  if (!/^\d{1,15}$/.test(length.trim())) return { status: 400, message: "The request's length is not valid.", kind: "content-length that is not a number" };
  if (Number(length) > maxBodyBytes(path)) return { status: 413, message: "The request is too large.", kind: "body over the size limit" };
  return null;
}

/** The host of an Origin header ("https://example.com:8443" gives "example.com:8443"), or null. */
function parseOriginHost(origin: string): string | null {
  if (origin === "null" || origin.length > 2048) return null;
  try {
    const url = new URL(origin);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.host === "") return null;
    return url.host;
  } catch {
    return null;
  }
}

/** As Next compares them for a server action: the first x-forwarded-host, or the Host header. */
function sameHost(originHost: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost === forwarded || originHost === headers.get("host");
}

/** More arguments than any action of this app takes; Next itself refuses past 1000, with a 500. */
export const MAX_ACTION_ARGUMENTS = 16;

/**
 * Null when a post to a page has a body Next can decode; otherwise a 400. Next answers 500 to a
 * server-action body it cannot decode (malformed multipart, text that is not JSON, an over-long
 * argument list) before any action can check its arguments. Only called for posts to pages that
 * passed refuseRequest, so the body is at most MAX_JSON_BODY_BYTES (MAX_UPLOAD_BODY_BYTES on the
 * plan-document upload page): reading a copy is cheap.
 */
export async function refuseBody(method: string, path: string, headers: Headers, copy: () => Request): Promise<Refusal | null> {
  if (SAFE_METHODS.has(method.toUpperCase()) || path.startsWith("/api/")) return null;
  const type = (headers.get("content-type") ?? "").toLowerCase();
  const isFetchAction = headers.has("next-action");
  const malformed = (kind: string): Refusal => ({ status: 400, message: "The form could not be read.", kind });
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await copy().formData();
      if (!isFetchAction) return null;
      // A fetch action's arguments, when one is a FormData: field "0" holds the list, and fields
      // named by a number hold the parts it refers to.
      const parts = new Map<number, unknown>();
      for (const [name, value] of form) {
        if (/^\d{1,6}$/.test(name) && typeof value === "string") parts.set(Number(name), JSON.parse(value));
      }
      if (!parts.has(0)) return null;
      if (!isShortList(parts.get(0))) return malformed("action arguments that are not a short list");
      for (const part of parts.values()) {
        if (!referencesResolve(part, parts)) return malformed("action arguments that refer to parts that are not there");
      }
      return null;
    }
    if (!isFetchAction) return null;
    const list: unknown = JSON.parse(await copy().text());
    if (!isShortList(list)) return malformed("action arguments that are not a short list");
    if (!referencesResolve(list, new Map())) return malformed("action arguments that refer to parts that are not there");
    return null;
  } catch {
    return malformed("body that does not parse");
  }
}

function isShortList(value: unknown): boolean {
  return Array.isArray(value) && value.length <= MAX_ACTION_ARGUMENTS;
}

// React's encoding of a server action's arguments marks special values with a leading "$". Some
// stand alone ("$undefined", a date, a bigint; "$$" escapes a typed "$"; "$K" is a FormData read
// from the other fields, empty when there are none); every other one names a numbered part of the
// body, and a part that is not there leaves React waiting for it until it fails with a 500.
const STANDALONE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n|K)/;

function referencesResolve(value: unknown, parts: Map<number, unknown>, depth = 0): boolean {
  if (depth > 200) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || STANDALONE.test(value)) return true;
    const id = /^\$[A-Za-z@]?([0-9a-f]{1,6})$/.exec(value)?.[1];
    return id !== undefined && parts.has(parseInt(id, 16));
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, parts, depth + 1));
  return true;
}
