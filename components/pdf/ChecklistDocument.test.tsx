// @vitest-environment node
// Renders real PDFs and reads them back with poppler's pdftotext, as a person's PDF reader would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistModel, type ChecklistModel } from "@/lib/result/checklist-model";
import { earlyResult, resultForAnswers } from "@/lib/result/result";
import { evaluate } from "@/lib/rules/evaluate";
import { evaluateEligibility } from "@/lib/rules/early";
import { answersWith } from "@/lib/rules/sample-answers";
import { VERDICT } from "@/lib/result/verdict";
import { formatUsd } from "@/lib/money";
import { renderChecklistPdf } from "./ChecklistDocument";

const source = { madeAt: new Date("2026-03-04T12:00:00Z"), timeZone: "UTC" };
const NEW_YEAR = "2026-01-01";

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "checklist-pdf-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Rendered {
  bytes: Buffer;
  /** The text, one string per page, with line breaks and runs of spaces made single spaces. */
  pages: string[];
  text: string;
}

async function render(model: ChecklistModel, name: string): Promise<Rendered> {
  const bytes = await renderChecklistPdf(model);
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const raw = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const pages = raw
    .split("\f")
    .filter((page) => page.trim() !== "")
    .map((page) => page.replace(/\s+/g, " ").trim());
  return { bytes, pages, text: pages.join(" ") };
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the verdict is the result's own sentence", () => {
  it("with after-tax contributions already over the room, the PDF says 'no after-tax room left', as the page does", async () => {
    // 50,000 contributed after tax against 43,000 of room (72,000 - 24,500 - 4,500).
    const result = resultForAnswers(answersWith({ person: { payPeriodsPerYear: 26 }, contributions: { afterTaxYearToDate: 50_000 } }), NEW_YEAR);
    const pdf = await render(checklistModel(result, source), "no-room-left");
    expect(pdf.text).toContain(
      "Yes, based on your answers: your plan lets you do a mega backdoor Roth, but you have no after-tax room left in 2026.",
    );
    expect(pdf.text).not.toContain(VERDICT.eligible);
  });
});

describe("the worked example: eligible, 26 paychecks (domain §6)", () => {
  const answers = answersWith({ person: { payPeriodsPerYear: 26 } });
  const evaluation = evaluate(answers);
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render(checklistModel(resultForAnswers(answers, NEW_YEAR), source), "eligible");
  });

  it("is a PDF with the title, tax year, date and verdict", () => {
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.text).toContain("Mega backdoor Roth checklist");
    expect(pdf.text).toContain("Tax year 2026 · Made on March 4, 2026");
    expect(pdf.text).toContain(VERDICT.eligible);
  });

  it("prints the room, what is left, the sum behind it and the per-paycheck election", () => {
    // The two figures sit side by side: pdftotext reads both labels, then both amounts.
    expect(pdf.text).toContain("After-tax room for the year Left to contribute this year $43,000 $43,000");
    expect(pdf.text).toContain("Annual additions limit (IRC §415(c)): the lesser of $72,000 and your pay $72,000");
    expect(pdf.text).toContain("Minus your deferrals to this plan that count – $24,500");
    expect(pdf.text).toContain("Minus employer money (match and other contributions) – $4,500");
    expect(pdf.text).toContain("$1,653.84 a paycheck");
    expect(pdf.text).toContain("28% of pay");
    expect(pdf.text).not.toContain("29%");
  });

  it("prints every checklist item in the engine's order, each with its status", () => {
    let from = 0;
    for (const [index, item] of evaluation.checklist.entries()) {
      if (item.code === "SET_AFTER_TAX_ELECTION") continue;
      const at = pdf.text.indexOf(`${index + 1}. ${flat(item.text)}`, from);
      expect(at, item.code).toBeGreaterThan(-1);
      from = at;
    }
    expect(pdf.text).toMatch(/1\. Confirm the plan accepts after-tax .*? Confirmed/);
    expect(pdf.text).toMatch(/3\. Confirm whether the plan can convert .*? To confirm/);
    // When the item ends page 1, the text reader puts the page's running header between the item and its status.
    expect(pdf.text).toMatch(/4\. Set your pre-tax or Roth deferral election to \$24,500 for the year\. (Mega backdoor Roth checklist · 2026 )?To do/);
  });

  it("prints each warning with its citation, the disclaimer and the advice to keep it", () => {
    expect(evaluation.warnings.length).toBeGreaterThan(0);
    for (const warning of evaluation.warnings) {
      expect(pdf.text).toContain(flat(warning.message));
      expect(pdf.text).toContain(warning.citation);
    }
    expect(pdf.text).toContain("Guidance, not tax advice");
    expect(pdf.text).toContain("Keep this PDF with your tax records");
  });

  it("numbers its pages in the footer", () => {
    pdf.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pdf.pages.length}`));
  });

  it("draws only characters Helvetica has: no blanks or stand-in glyphs in the text", () => {
    expect(pdf.text).not.toMatch(/[^\x20-\x7e\u00a0-\u00ff–—‘’“”•…€]/);
  });
});

describe("needs information: the plan answers are not sure", () => {
  const answers = (
    answersWith({
      plan: { afterTaxContributions: "unsure", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" },
      person: { payPeriodsPerYear: 26 },
    })
  );
  const evaluation = evaluate(answers);
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render(checklistModel(resultForAnswers(answers, NEW_YEAR), source), "needs-info");
  });

  it("says maybe and asks the administrator each question, worded for an email, with the phrases to look for", () => {
    expect(evaluation.status).toBe("needs_info");
    expect(pdf.text).toContain(VERDICT.needs_info);
    expect(pdf.text).toContain("Questions for your plan administrator");
    expect(pdf.text).toContain("Copy these into an email to HR or the plan's service provider.");
    expect(evaluation.questionsForPlan.length).toBeGreaterThanOrEqual(3);
    for (const [index, question] of evaluation.questionsForPlan.entries()) {
      expect(pdf.text).toContain(`${index + 1}. ${flat(question.question)}`);
      expect(pdf.text).toContain(`“${question.lookFor[0]}”`);
    }
    expect(pdf.text).toContain("In the Summary Plan Description, look for:");
  });

  it("opens with a one-page sheet for HR: each question, the phrases to look for and room for the answer", () => {
    const sheet = pdf.pages[0]!;
    expect(sheet).toMatch(/^Questions for your plan administrator Take this page to HR/);
    for (const [index, question] of evaluation.questionsForPlan.entries()) {
      expect(sheet).toContain(`${index + 1}. ${flat(question.question)}`);
      expect(sheet).toContain(`“${question.lookFor[0]}”`);
    }
    expect(sheet.match(/Answer:/g)).toHaveLength(evaluation.questionsForPlan.length);
    expect(sheet).toContain("Phrases to look for in the Summary Plan Description:");
    // The room comes after, and only as "if your plan allows it".
    expect(sheet).not.toContain("$43,000");
    expect(pdf.pages.slice(1).join(" ")).toContain("Your after-tax room for 2026, if your plan allows it");
  });

  it("marks the features still to confirm", () => {
    expect(pdf.text).toMatch(/Confirm the plan accepts after-tax .*? To confirm/);
  });
});

describe("not eligible", () => {
  it("prints the order of saving and the Roth-against-taxable comparison the page shows", async () => {
    const answers = answersWith({ person: { payPeriodsPerYear: 26 }, contributions: { employeeDeferrals: 5_000 } });
    const result = resultForAnswers(answers, NEW_YEAR);
    const pdf = await render(checklistModel(result, source), "worth-it");
    expect(pdf.text).toContain("What comes first");
    expect(pdf.text).toContain("1. Take the full employer match [Not done yet]");
    expect(pdf.text).toContain(
      "You are leaving $2,000 of match on the table: raise your deferrals to $9,000 for the year (6% of your $150,000 pay) first.",
    );
    expect(pdf.text).toContain("up to $7,500 in 2026 ($8,600 at 50 or over, with the $1,100 catch-up)");
    const projection = result.projection!;
    expect(pdf.text).toContain("Is it worth it? Roth against a taxable account");
    expect(pdf.text).toContain(`Roth ahead of a taxable account, after tax ${formatUsd(projection.advantage)}`);
    expect(pdf.text).toContain(`In 30 years, $64,500 of after-tax contributions for 2026`);
    expect(pdf.text).toContain(`for 2026 would be worth about ${formatUsd(projection.advantage)} more after tax in a Roth`);
    for (const line of projection.assumptionLines) expect(pdf.text).toContain(flat(line));
    expect(pdf.text).toContain("Returns are assumptions, not forecasts");
    expect(pdf.text).toContain("without tax or penalty");
    // The table's last row: year 30 (65 − 35), Roth and taxable in whole dollars.
    expect(pdf.text).toContain(`30 ${formatUsd(projection.roth, { cents: false })} ${formatUsd(projection.taxable, { cents: false })}`);
  });

  it("from the full answers: the verdict, why, the checklist and what to do instead", async () => {
    const answers = answersWith({ plan: { afterTaxContributions: "no" } });
    const evaluation = evaluate(answers);
    const pdf = await render(checklistModel(resultForAnswers(answers, NEW_YEAR), source), "not-eligible");
    expect(pdf.text).toContain(VERDICT.not_eligible);
    expect(pdf.text).toContain("1. Ask your employer to add after-tax contributions");
    expect(pdf.text).toContain("What you can do instead");
    for (const alternative of evaluation.alternatives) {
      expect(pdf.text).toContain(alternative.title);
      expect(pdf.text).toContain(alternative.citation);
    }
  });

  it("from a journey the plan answers ended early: one page, no figures", async () => {
    const verdict = evaluateEligibility({ afterTaxContributions: "no", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" }, 2026);
    const pdf = await render(checklistModel(earlyResult(verdict, 2026, NEW_YEAR), source), "early");
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain(VERDICT.not_eligible);
    expect(pdf.text).toContain("What you can do instead");
    expect(pdf.text).toContain("Backdoor Roth IRA");
    expect(pdf.text).not.toContain("After-tax room");
    expect(pdf.text).toContain("Page 1 of 1");
  });
});

describe("a long case", () => {
  it("flows onto more pages, each with its page number, and loses nothing", async () => {
    const answers = (
      answersWith({
        plan: {
          afterTaxContributions: "unsure",
          inPlanRothConversion: "unsure",
          inServiceWithdrawal: "unsure",
          automaticConversion: "unsure",
          separateAfterTaxAccounting: "unsure",
          rothDeferralOption: "unsure",
        },
        person: { ageAtYearEnd: 55, compensation: 200_000, priorYearCompensation: 190_000, payPeriodsPerYear: 24 },
        contributions: { employeeDeferrals: 32_500, otherPlansDeferrals: 5_000, afterTaxYearToDate: 3_000, afterTaxBalance: 10_000 },
      })
    );
    const evaluation = evaluate(answers);
    const pdf = await render(checklistModel(resultForAnswers(answers, NEW_YEAR), source), "long");
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[1]).toContain(`Page 2 of ${pdf.pages.length}`);
    // Every question fits the one sheet for HR; the checklist starts on the next page.
    expect(pdf.pages[0]!.match(/Answer:/g)).toHaveLength(evaluation.questionsForPlan.length);
    expect(pdf.pages[1]).toMatch(/^Mega backdoor Roth checklist/);
    expect(pdf.text).toContain("(Catch-up contributions, not counted: IRC §414(v)(3)(A)) $8,000");
    expect(pdf.text).toContain("Minus after-tax contributions already made – $3,000");
    for (const warning of evaluation.warnings) expect(pdf.text).toContain(warning.citation);
    for (const question of evaluation.questionsForPlan) expect(pdf.text).toContain(flat(question.question));
    expect(pdf.pages.at(-1)).toContain("Guidance, not tax advice");
  });
});
