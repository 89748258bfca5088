import Link from "next/link";

/** "Delete my answers" from the result: the confirmation page says it reaches every device with the link. */
export function DeleteAnswersLink() {
  return (
    <p className="mt-6">
      <Link href="/check/delete?from=result" className="inline-block py-1 text-error" data-testid="delete-answers">
        Delete my answers
      </Link>
    </p>
  );
}
