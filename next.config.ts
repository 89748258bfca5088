import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Never send a URL to another site. Not "no-referrer" on pages: under it browsers send
          // "Origin: null" with same-site form posts, and Next rightly refuses a server action
          // from an unknown origin, which would break every form with JavaScript off.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // The only URL that ever holds a resume token: send no referrer at all from it.
        source: "/resume/:token",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
    ];
  },
};

export default nextConfig;
