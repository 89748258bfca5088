// A visitor without JavaScript, as a browser posts the wizard's forms: it reads each form's
// hidden fields from the page, adds its answers and follows the redirects. Used by the load test
// and the server benchmark, so they exercise exactly what a person's browser does.

export class Visitor {
  private cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(pathOrUrl: string): Promise<Response> {
    const response = await fetch(new URL(pathOrUrl, this.origin), {
      headers: { cookie: this.cookieHeader() },
      redirect: "manual",
    });
    this.remember(response);
    return response;
  }

  async html(path: string): Promise<string> {
    const response = await this.get(path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response.text();
  }

  /** Posts the first form on the page with these answers; returns where it redirected to. */
  async submit(path: string, answers: Record<string, string>, pageHtml?: string): Promise<string> {
    const html = pageHtml ?? (await this.html(path));
    const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
    if (!form) throw new Error(`no form on ${path}`);
    const body = new FormData();
    for (const input of form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)) {
      body.append(decode(input[1]!), decode(input[2] ?? ""));
    }
    for (const [name, value] of Object.entries(answers)) body.set(name, value);
    const response = await fetch(new URL(path, this.origin), {
      method: "POST",
      body,
      headers: { cookie: this.cookieHeader(), origin: this.origin },
      redirect: "manual",
    });
    this.remember(response);
    await response.arrayBuffer();
    const location = response.headers.get("location");
    if (response.status !== 303 || !location) throw new Error(`POST ${path} answered ${response.status}, not a redirect`);
    return new URL(location, this.origin).pathname;
  }

  sessionToken(): string | undefined {
    return this.cookies.get("mbr_session");
  }
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The answers of one wizard page each, for a visitor whose pay is `pay` dollars. */
export function journeyAnswers(pay: number): Record<string, Record<string, string>> {
  return {
    "/check/after-tax": { afterTaxContributions: "yes" },
    "/check/in-plan-conversion": { inPlanRothConversion: "yes" },
    "/check/plan-details": { automaticConversion: "yes", hasAfterTaxCap: "no" },
    "/check/about-you": { taxYearChoice: "2026", ageAtYearEnd: "35", compensation: String(pay), payPeriodsPerYear: "26" },
    "/check/last-year": {},
    "/check/contributions": { deferralMode: "dollars", employeeDeferrals: "24500" },
    "/check/employer": { matchKind: "formula", matchPercent: "50", matchUpToPercent: "6", matchesAfterTax: "no" },
    "/check/paychecks": { planPaychecks: "later" },
  };
}

/** Walks the whole journey from the start page to the answers page; returns the pages saved. */
export async function walkJourney(visitor: Visitor, pay: number): Promise<number> {
  const answers = journeyAnswers(pay);
  let path = await visitor.submit("/", {});
  let saved = 0;
  while (path !== "/check/answers") {
    const pageAnswers = answers[path];
    if (!pageAnswers) throw new Error(`the journey reached ${path}, which the visitor has no answers for`);
    path = await visitor.submit(path, pageAnswers);
    saved += 1;
    if (saved > 20) throw new Error("the journey did not end");
  }
  return saved;
}
