import type { NextConfig } from "next";

// Security headers are set per request (they carry a CSP nonce) in proxy.ts, from
// lib/security/headers.ts.
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;
