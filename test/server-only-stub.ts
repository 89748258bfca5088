// server-only guards bundling for the browser; under Vitest it is a no-op.
export {};
