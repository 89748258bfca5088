// The law behind each rule, written once. Figures carry their own sources in limits.ts.

export const CITATIONS = {
  afterTaxContributions: "IRC §401(m)(4)(A); IRC §415(c)(2)",
  inPlanRothConversion: "IRC §402A(c)(4); Notice 2013-74",
  inServiceWithdrawal: "IRC §402(c); IRC §408A(e); Notice 2014-54",
  rollOutAtSeparation: "IRC §402(c); Notice 2014-54",
  catchUpOutsideAnnualAdditions: "IRC §414(v)(3)(A)",
  annualAdditions: "IRC §415(c)(1)",
  excessDeferrals: "IRC §402(g)(1); IRC §402(g)(2); Treas. Reg. §1.402(g)-1(e); Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)",
  catchUpThisPlan: "IRC §414(v)(3)(A); Treas. Reg. §1.414(v)-1(b)(1)",
  payCap: "IRC §401(a)(17); Treas. Reg. §1.401(a)(17)-1",
  earningsTaxable: "IRC §402A(c)(4); IRC §72; Notice 2013-74; Notice 2014-54",
  proRata: "IRC §72(d)(2); IRC §72(e)(8); Notice 2014-54",
  acpTest: "IRC §401(m)(2); IRC §401(m)(6); IRC §414(q)(1)(B)",
  rothCatchUp: "IRC §414(v)(7); Notice 2023-62; TD 10033",
  overshoot: "IRC §415(c)(1); EPCRS (Rev. Proc. 2021-30)",
  cashFlow: "IRC §3101; IRC §3102",
  yearlyFigures: "IRC §402(g)(4); IRC §414(v)(2)(C); IRC §415(d)",
  backdoorRothIra: "IRC §408A(c)(3); IRC §408A(d)(3); IRC §219(b)(5)",
  hsa: "IRC §223",
} as const;
