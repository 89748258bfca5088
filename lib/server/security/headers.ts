// The security headers of every response, in one place. Pure: the proxy supplies the nonce
// and whether the request came over HTTPS.

export interface HeaderOptions {
  /** A fresh random value per request; Next adds it to its own script tags. */
  nonce: string;
  https: boolean;
  /** `next dev` evaluates code for fast refresh and needs 'unsafe-eval'. */
  development?: boolean;
  /** The resume route is the only URL that ever holds a secret. */
  path: string;
}

export function contentSecurityPolicy({ nonce, https, development }: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    // Scripts only with this response's nonce (and what they load): no inline script runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Styles may be inline (a width on a bar, the CSS that reveals follow-up questions);
    // nothing is ever loaded from another origin: no web fonts, no CDNs.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // The resume URL never sends its path (the token) anywhere, not even to this site: only the
    // origin. Not "no-referrer": under it browsers send "Origin: null" with form posts, and the
    // same-origin check then refuses the page's own "Continue" button. Other pages send the
    // referrer only to this site.
    "Referrer-Policy": options.path.startsWith("/resume/") ? "strict-origin" : "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable for the life of one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
