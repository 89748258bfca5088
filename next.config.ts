import type { NextConfig } from "next";

// Security headers are set per request (they carry a CSP nonce) in proxy.ts, from
// lib/server/security/headers.ts.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PDF.js loads its worker module at run time: leave it unbundled.
  serverExternalPackages: ["pdfjs-dist"],
  experimental: {
    // A wizard page posts a few hundred bytes. The plan-document upload posts a PDF of up to
    // 15 MB; proxy.ts keeps every other path at 64 KB (see docs/decisions/15-1-...).
    serverActions: { bodySizeLimit: "16mb" },
    // With proxy.ts in place Next buffers request bodies up to this size (10 MB by default) and
    // silently cuts the rest: a 12 MB PDF would arrive damaged.
    proxyClientMaxBodySize: "16mb",
  },
};

export default nextConfig;
