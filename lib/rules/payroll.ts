// Employee payroll taxes for the cash-flow check: Social Security up to the wage base, Medicare on
// all wages, and the additional Medicare tax the employer withholds over $200,000. Deferrals
// are FICA wages too, so the tax is on the whole pay. Amounts in cents.
import { percentOfCents } from "../money";
import { PAYROLL_TAX } from "./limits";

/**
 * With no wage base for the year (figures entered by hand without it), Social Security tax is
 * taken on the whole pay: an overestimate, so the cash-flow warning errs towards showing.
 */
export function employeePayrollTax(pay: number, socialSecurityWageBase: number | null): number {
  const socialSecurityWages = socialSecurityWageBase === null ? pay : Math.min(pay, socialSecurityWageBase);
  const overThreshold = Math.max(0, pay - PAYROLL_TAX.additionalMedicareThreshold.cents);
  return (
    percentOfCents(socialSecurityWages, PAYROLL_TAX.socialSecurity.basisPoints) +
    percentOfCents(pay, PAYROLL_TAX.medicare.basisPoints) +
    percentOfCents(overThreshold, PAYROLL_TAX.additionalMedicare.basisPoints)
  );
}
