import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

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

/**
 * A new session secret for the visitor's cookie: the same shape as a resume token but a different
 * value, replaced on every resume and every "save and come back later", so a resume link copied
 * from a screen never is, and never becomes, the value of a live cookie.
 */
export const newSessionSecret = newResumeToken;

/** What the database keeps of a session secret: SHA-256, hex, as for the resume token. */
export const hashSessionSecret = hashResumeToken;

// The key that seals a resume token is derived from the session secret, which only the visitor's
// cookie holds (the database keeps its hash): a copy of the database cannot unseal any link.
function sealKey(secret: string): Buffer {
  return createHash("sha256").update("mbr resume-link seal\0", "utf8").update(secret, "utf8").digest();
}

/** The resume token encrypted (AES-256-GCM) under the session secret: iv, ciphertext and tag, base64url. */
export function sealResumeToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(secret), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The resume token back, or null when the seal is not one this secret made. */
export function unsealResumeToken(sealed: string, secret: string): string | null {
  try {
    const bytes = Buffer.from(sealed, "base64url");
    if (bytes.length < 12 + 16 + 1) return null;
    const decipher = createDecipheriv("aes-256-gcm", sealKey(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const token = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
    return isWellFormedToken(token) ? token : null;
  } catch {
    return null;
  }
}
