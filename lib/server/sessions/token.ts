import { createHash, randomBytes } from "node:crypto";

// 256 bits: far past the 128 that make guessing a live resume link hopeless.
const TOKEN_BYTES = 32;
// base64url of 32 bytes, unpadded: 43 characters.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new secret for a resume link. Give it to the visitor once; store only its hash. */
export function newResumeToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** What the database keeps instead of the token: SHA-256, hex. */
export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A cheap shape check, so junk from a URL never reaches the database. */
export function isWellFormedToken(candidate: unknown): candidate is string {
  return typeof candidate === "string" && TOKEN_SHAPE.test(candidate);
}
