import type { NextConfig } from "next";

// Security headers are set per request (they carry a CSP nonce) in proxy.ts, from
// lib/server/security/headers.ts.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // A wizard page posts a few hundred bytes; nothing honest comes near this.
    serverActions: { bodySizeLimit: "64kb" },
  },
};

export default nextConfig;
