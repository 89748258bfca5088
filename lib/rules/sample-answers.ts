// Answers for tests and the benchmark: the worked example of domain §6 (2026, pay $150,000,
// age 35, $24,500 deferred, match 50% up to 6% of pay), changed one part at a time.
import type { Answers, Contributions, Person, Plan } from "./schema";

export interface AnswersChanges {
  taxYear?: number;
  customLimits?: Answers["customLimits"];
  plan?: Partial<Plan>;
  person?: Partial<Person>;
  contributions?: Partial<Contributions>;
}

export const WORKED_EXAMPLE: Answers = {
  taxYear: 2026,
  plan: {
    afterTaxContributions: "yes",
    inPlanRothConversion: "yes",
    inServiceWithdrawal: "no",
    employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] },
  },
  person: { ageAtYearEnd: 35, compensation: 150_000 },
  contributions: { employeeDeferrals: 24_500 },
};

export function answersWith(changes: AnswersChanges = {}): Answers {
  const answers: Answers = {
    taxYear: changes.taxYear ?? WORKED_EXAMPLE.taxYear,
    plan: { ...WORKED_EXAMPLE.plan, ...changes.plan },
    person: { ...WORKED_EXAMPLE.person, ...changes.person },
    contributions: { ...WORKED_EXAMPLE.contributions, ...changes.contributions },
  };
  if (changes.customLimits) answers.customLimits = changes.customLimits;
  return answers;
}
