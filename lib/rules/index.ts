// The rules engine's public surface: evaluate the answers, validate them, look up the figures.
export { evaluate } from "./evaluate";
export { yearPosition, type YearPosition } from "./position";
export { limitsForYear, KNOWN_TAX_YEARS, PAYROLL_TAX, type TaxYearLimits, type LegalFigure, type LegalRate } from "./limits";
export {
  answersSchema,
  planSchema,
  personSchema,
  contributionsSchema,
  employerMatchSchema,
  customLimitsSchema,
  nonelectiveSchema,
  yesNoUnsure,
  type Answers,
  type Plan,
  type Person,
  type Contributions,
  type EmployerMatch,
  type CustomLimits,
  type Nonelective,
  type YesNoUnsure,
} from "./schema";
export type * from "./result";
