"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { PlanDocumentState } from "@/app/check/plan-document/state";
import type { ReadProgress } from "@/lib/server/plan-document/progress";

interface Props {
  id: string;
  progress: ReadProgress;
  /** With JavaScript: called with what the page shows next once the read is done. */
  onDone: (state: PlanDocumentState) => void;
}

/** How often the page asks how far the read has come. */
const POLL_MS = 1_000;
/** Without JavaScript, the page reloads itself this often until the read is done. */
const REFRESH_SECONDS = 2;

export function progressText(progress: ReadProgress): string {
  switch (progress.stage) {
    case "queued":
      return "Waiting for a free reader…";
    case "started":
      return "Opening your document…";
    case "text":
      return `Reading page ${progress.page} of ${progress.pages}`;
    case "ocr":
      return `Reading scanned page ${progress.page} of ${progress.pages} (a scan takes a few seconds a page)`;
    case "analysing":
      return "Finding the answers in your document…";
  }
}

/**
 * A long read (a scan read page by page) in progress: "page N of M", then the findings. With
 * JavaScript it polls the read's status; without, the page refreshes itself (a meta refresh in
 * <noscript>, so it never fires when scripts run) until the read is done.
 */
export function ReadingProgress({ id, progress: first, onDone }: Props) {
  const [progress, setProgress] = useState(first);
  const [lost, setLost] = useState(false);
  const followUrl = `/check/plan-document?read=${encodeURIComponent(id)}`;

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (stopped) return;
      try {
        const response = await fetch(`/api/plan-document/reads/${encodeURIComponent(id)}`, { cache: "no-store" });
        if (response.status === 404) {
          setLost(true);
          return;
        }
        const status = (await response.json()) as { done: false; progress: ReadProgress } | { done: true; state: PlanDocumentState };
        if (stopped) return;
        if (status.done) {
          onDone(status.state);
          return;
        }
        setProgress(status.progress);
      } catch {
        // A failed poll is tried again.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    let timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, onDone]);

  const pages = "pages" in progress ? progress.pages : 0;
  const page = "page" in progress ? progress.page : 0;
  return (
    <div data-testid="plan-document-reading">
      <noscript>
        <meta httpEquiv="refresh" content={`${REFRESH_SECONDS};url=${followUrl}`} />
      </noscript>
      <h2 className="text-xl font-bold">Reading your document</h2>
      <p role="status" className="mt-2 text-lg" data-testid="reading-progress">
        {lost ? "This read has ended or expired. Choose your document again." : progressText(progress)}
      </p>
      {pages > 0 && !lost && <progress className="mt-4 w-full" max={pages} value={page} aria-label={progressText(progress)} />}
      <p className="mt-4 text-muted">
        The document is read on our server and is not kept. Nothing is saved until you confirm the answers.{" "}
        <noscript>
          This page refreshes itself every {REFRESH_SECONDS} seconds; <a href={followUrl}>refresh it now</a>.
        </noscript>
      </p>
      {lost && (
        <p className="mt-4">
          <Link href="/check/plan-document">Choose your document again</Link>
        </p>
      )}
    </div>
  );
}
