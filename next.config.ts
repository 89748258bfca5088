import type { NextConfig } from "next";

// Security headers are set per request (they carry a CSP nonce) in proxy.ts, from
// lib/server/security/headers.ts.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // A wizard page posts a few hundred bytes; nothing honest comes near this.
    serverActions: { bodySizeLimit: "64kb" },
    // Every request passes through proxy.ts, and Next keeps only the first 10 MB of a body that
    // does, silently. The plan-document upload takes up to 16 MB (MAX_UPLOAD_BODY_BYTES in
    // lib/server/http/request-gate.ts); the proxy refuses any other body past 64 KB by its length.
    proxyClientMaxBodySize: 16 * 1024 * 1024 + 64 * 1024,
  },
};

export default nextConfig;
