import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Database tests share one SQLite file per worker; keep files isolated.
    pool: "forks",
  },
});
