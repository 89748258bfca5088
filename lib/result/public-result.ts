// The result model as the public JSON of POST /api/evaluate: the same verdict sentence, room
// rows, election and warnings the page and the PDF render. Money turns from cents into dollars
// here and nowhere else; every sentence is the model's own, word for word.
import { fromCents } from "../money";
import type { ReadyResult } from "./result";

const dollars = (cents: number) => fromCents(cents);
const maybeDollars = (cents: number | null) => (cents === null ? null : fromCents(cents));

export function publicResult(result: ReadyResult) {
  const { room, headline, projection } = result;
  return {
    kind: result.kind,
    taxYear: result.taxYear,
    today: result.today,
    yearKind: result.yearKind,
    status: result.status,
    verdict: result.verdict,
    route: result.route,
    reasons: result.reasons,
    questions: result.questions.map(({ code, question, lookFor }) => ({ code, question, lookFor })),
    room: room && {
      title: room.title,
      afterTaxRoom: dollars(room.afterTaxRoom),
      afterTaxRemaining: dollars(room.afterTaxRemaining),
      leftToContribute: dollars(room.leftToContribute),
      unreachable: dollars(room.unreachable),
      remainingLabel: room.remainingLabel,
      rows: room.rows.map((row) => ({
        code: row.code,
        label: row.label,
        amount: dollars(row.cents),
        sign: row.sign,
        citation: row.citation,
      })),
      figuresSource: room.figuresSource,
    },
    headline: headline && {
      source: headline.source,
      paychecksLeft: headline.paychecksLeft,
      estimated: headline.estimated,
      perPaycheck: maybeDollars(headline.perPaycheck),
      /** The whole-percent election on pay capped at §401(a)(17); null with no percent to set. */
      percentOfPay: headline.percentBasisPoints === null ? null : headline.percentBasisPoints / 100,
      election: headline.election,
      reachable: dollars(headline.reachable),
      unused: dollars(headline.unused),
      paychecksLeftText: headline.paychecksLeftText,
      sentence: headline.sentence,
      deferralSentence: headline.deferralSentence,
      unusedText: headline.unusedText,
      payCapNote: headline.payCapNote,
    },
    lookBack: result.lookBack,
    matchTiming: result.matchTiming,
    warnings: result.warnings,
    checklist: result.checklist,
    alternatives: result.alternatives,
    savingOrder: {
      intro: result.savingOrder.intro,
      steps: result.savingOrder.steps.map((step) => ({
        number: step.number,
        title: step.title,
        status: step.statusLabel,
        lines: step.lines,
        citation: step.citation,
      })),
    },
    projection: projection && {
      amount: dollars(projection.amount),
      roth: dollars(projection.roth),
      taxable: dollars(projection.taxable),
      advantage: dollars(projection.advantage),
      headline: projection.headline,
      assumptions: projection.assumptionLines,
    },
  };
}

export type PublicResult = ReturnType<typeof publicResult>;
