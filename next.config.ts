import type { NextConfig } from "next";

// Security headers are set per request (they carry a CSP nonce) in proxy.ts, from
// lib/server/security/headers.ts.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PDF.js loads its worker module at run time, and piscina starts its worker threads from its own
  // files: leave both unbundled. The app's worker modules are built by scripts/build-workers.mjs.
  serverExternalPackages: ["pdfjs-dist", "piscina"],
  experimental: {
    // A wizard page posts a few hundred bytes, but the plan-document page's form posts a PDF of up
    // to 15 MB to its server action. proxy.ts (lib/server/http/request-gate.ts) refuses any body
    // past 64 KB by its declared length on every other path, and requires that length on pages.
    serverActions: { bodySizeLimit: "16mb" },
    // Every request passes through proxy.ts, and Next keeps only the first 10 MB of a body that
    // does, silently. The plan-document upload takes up to 16 MB (MAX_UPLOAD_BODY_BYTES in
    // lib/server/http/request-gate.ts); the proxy refuses any other body past 64 KB by its length.
    proxyClientMaxBodySize: 16 * 1024 * 1024 + 64 * 1024,
  },
};

export default nextConfig;
