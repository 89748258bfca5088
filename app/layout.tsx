import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mega Backdoor Roth Check", template: "%s – Mega Backdoor Roth Check" },
  description:
    "Check whether your 401(k) plan allows a mega backdoor Roth, how much after-tax room you have this year, and what to do next.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce differs each time, so no page may be
  // prerendered with a stale one.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-base leading-relaxed antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:p-2 focus:text-ink"
          data-testid="skip-link"
        >
          Skip to main content
        </a>
        <header className="border-b-8 border-brand bg-ink text-white">
          <div className="mx-auto max-w-3xl px-4 py-3">
            <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
              Mega Backdoor Roth Check
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
        <footer className="mt-12 border-t border-gray-300 bg-gray-50">
          <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
            <p>
              Guidance, not tax advice: the figures follow the Internal Revenue Code and IRS
              notices, but your plan document decides what your plan allows.
            </p>
            <p className="mt-2">Nothing personal is stored: no name, email, employer or birthdate.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
