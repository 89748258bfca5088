// Throughput of the rules engine: evaluate() calls per second on one core, over a varied set of
// prebuilt answers (every eligibility cell, every match kind, catch-up ages, HCE, unknown years,
// figures entered by hand), after a warm-up so the figure measures compiled code.
import { evaluate } from "../lib/rules/evaluate";
import { answersWith, type AnswersChanges } from "../lib/rules/sample-answers";
import type { Answers, EmployerMatch, YesNoUnsure } from "../lib/rules/schema";

export interface RulesBenchResult {
  /** Per second of CPU time used by this process: what one core does, whatever else runs. */
  evaluationsPerSecond: number;
  /** Per second of wall-clock time: lower when other processes share the cores. */
  wallClockEvaluationsPerSecond: number;
  evaluations: number;
  elapsedMs: number;
  cpuMs: number;
  distinctAnswers: number;
  targetPerSecond: number;
  meetsTarget: boolean;
}

const TARGET_PER_SECOND = 100_000;

function variedAnswers(): Answers[] {
  const choices: YesNoUnsure[] = ["yes", "no", "unsure"];
  const matches: EmployerMatch[] = [
    { kind: "none" },
    { kind: "amount", amount: 4_500 },
    { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] },
    { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] },
    { kind: "dollarCap", matchPercent: 50, maxMatch: 12_250 },
  ];
  const people: AnswersChanges[] = [
    {},
    { person: { ageAtYearEnd: 55, payPeriodsPerYear: 26 }, contributions: { employeeDeferrals: 32_500 } },
    { person: { ageAtYearEnd: 61, compensation: 400_000, priorYearCompensation: 380_000, priorYearFicaWages: 176_100 } },
    { person: { compensation: 75_000 }, contributions: { afterTaxYearToDate: 10_000, afterTaxBalance: 10_400, afterTaxEarnings: 400 } },
    { taxYear: 2025, contributions: { otherPlansDeferrals: 5_000 } },
    { taxYear: 2027 },
    {
      taxYear: 2027,
      customLimits: { electiveDeferral: 25_000, catchUp50: 8_000, catchUp60to63: 11_250, annualAdditions: 74_000, compensation: 370_000, hceThreshold: 160_000 },
    },
  ];
  const all: Answers[] = [];
  for (const afterTax of choices)
    for (const conversion of choices)
      for (const withdrawal of choices)
        for (const [index, employerMatch] of matches.entries()) {
          const person = people[(all.length + index) % people.length]!;
          all.push(
            answersWith({
              ...person,
              plan: {
                afterTaxContributions: afterTax,
                inPlanRothConversion: conversion,
                inServiceWithdrawal: withdrawal,
                employerMatch,
                matchesAfterTax: index % 2 === 0,
                separateAfterTaxAccounting: choices[index % 3],
                afterTaxCapPercentOfPay: index === 3 ? 20 : undefined,
              },
            }),
          );
        }
  // Drop keys set to undefined so each answer looks like parsed JSON.
  return all.map((answers) => JSON.parse(JSON.stringify(answers)) as Answers);
}

export async function benchRules(options: { durationMs?: number; warmUpMs?: number } = {}): Promise<RulesBenchResult> {
  const answers = variedAnswers();
  const run = (untilMs: number) => {
    let count = 0;
    let checksum = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let now = start;
    while (now - start < untilMs) {
      for (const item of answers) checksum += evaluate(item).warnings.length;
      count += answers.length;
      now = performance.now();
    }
    const cpu = process.cpuUsage(cpuStart);
    return { count, elapsedMs: now - start, cpuMs: (cpu.user + cpu.system) / 1000, checksum };
  };
  run(options.warmUpMs ?? 300);
  const { count, elapsedMs, cpuMs } = run(options.durationMs ?? 1_000);
  const evaluationsPerSecond = Math.round((count / cpuMs) * 1000);
  return {
    evaluationsPerSecond,
    wallClockEvaluationsPerSecond: Math.round((count / elapsedMs) * 1000),
    evaluations: count,
    elapsedMs: Math.round(elapsedMs),
    cpuMs: Math.round(cpuMs),
    distinctAnswers: answers.length,
    targetPerSecond: TARGET_PER_SECOND,
    meetsTarget: evaluationsPerSecond > TARGET_PER_SECOND,
  };
}

// Run directly (npx tsx scripts/bench-rules.ts), not when imported by scripts/bench.ts.
if (process.argv[1] && /bench-rules\.ts$/.test(process.argv[1])) {
  void benchRules().then((result) => {
    console.log(
      `rules: ${result.evaluationsPerSecond.toLocaleString("en-US")} evaluate() calls per CPU second ` +
        `(${result.wallClockEvaluationsPerSecond.toLocaleString("en-US")} per wall-clock second) ` +
        `over ${result.distinctAnswers} answers; target > ${result.targetPerSecond.toLocaleString("en-US")}`,
    );
    if (!result.meetsTarget) process.exitCode = 1;
  });
}
