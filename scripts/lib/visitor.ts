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

  /** Every request of this visitor goes through here, one HTTP exchange each (a timing subclass wraps it). */
  protected async send(path: string, init: RequestInit): Promise<Response> {
    return fetch(new URL(path, this.origin), { ...init, redirect: "manual" });
  }

  async get(pathOrUrl: string): Promise<Response> {
    const response = await this.send(pathOrUrl, { headers: { cookie: this.cookieHeader() } });
    this.remember(response);
    return response;
  }

  async html(path: string): Promise<string> {
    const response = await this.get(path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response.text();
  }

  /**
   * Posts the first form on the page (or the first whose markup contains `formWith`) with these
   * answers; returns where it redirected to.
   */
  async submit(path: string, answers: Record<string, string>, pageHtml?: string, formWith?: string): Promise<string> {
    const html = pageHtml ?? (await this.html(path));
    const forms = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]!);
    const form = formWith === undefined ? forms[0] : forms.find((candidate) => candidate.includes(formWith));
    if (!form) throw new Error(`no form${formWith === undefined ? "" : ` with "${formWith}"`} on ${path}`);
    const body = new FormData();
    for (const input of form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)) {
      body.append(decode(input[1]!), decode(input[2] ?? ""));
    }
    for (const [name, value] of Object.entries(answers)) body.set(name, value);
    const response = await this.send(path, { method: "POST", body, headers: { cookie: this.cookieHeader(), origin: this.origin } });
    this.remember(response);
    await response.arrayBuffer();
    const location = response.headers.get("location");
    if (response.status !== 303 || !location) throw new Error(`POST ${path} answered ${response.status}, not a redirect`);
    return new URL(location, this.origin).pathname;
  }

  /** The mbr_session cookie's value: the session secret, which is not a resume token. */
  sessionSecret(): string | undefined {
    return this.cookies.get("mbr_session");
  }

  /**
   * "Save and come back later" as a person does it: the button on `fromPath`, then the resume
   * token from the link the save page shows. The cookie gets a new secret on the way.
   */
  async saveForLater(fromPath = "/check/answers"): Promise<string> {
    const landed = await this.submit(fromPath, {}, undefined, "Save and come back later");
    if (landed !== "/check/save") throw new Error(`"Save and come back later" went to ${landed}`);
    const page = await this.html("/check/save");
    const token = /id="resume-link"[^>]*value="[^"]*\/resume\/([^"/?#]+)"/.exec(page)?.[1] ?? /value="[^"]*\/resume\/([^"/?#]+)"[^>]*id="resume-link"/.exec(page)?.[1];
    if (!token) throw new Error("the save page shows no resume link");
    return decode(token);
  }

  /**
   * Opening a resume link and selecting "Continue with your saved answers": the link's page
   * (GET, 200) and the button's POST, which sets the cookie; returns where the POST redirected.
   */
  async resume(token: string): Promise<string> {
    return this.submit(`/resume/${token}`, {}, undefined, 'name="token"');
  }
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * The answers of one wizard page each, for a visitor whose pay is `pay` dollars. Age, deferrals
 * and match vary with the pay too, so a session that ends up with another visitor's answers on
 * any of those pages is caught, not only on the pay page.
 */
export function journeyAnswers(pay: number): Record<string, Record<string, string>> {
  return {
    "/check/after-tax": { afterTaxContributions: "yes" },
    "/check/in-plan-conversion": { inPlanRothConversion: "yes" },
    "/check/plan-details": { automaticConversion: "yes", hasAfterTaxCap: "no" },
    "/check/about-you": { taxYearChoice: "2026", ageAtYearEnd: String(25 + (pay % 24)), compensation: String(pay), payPeriodsPerYear: "26" },
    "/check/last-year": {},
    "/check/contributions": { deferralMode: "dollars", employeeDeferrals: String(20_000 + (pay % 97) * 10) },
    "/check/employer": { matchKind: "formula", matchPercent: String(25 + (pay % 76)), matchUpToPercent: "6", matchesAfterTax: "no" },
    "/check/paychecks": { planPaychecks: "later" },
  };
}

/**
 * Walks the whole journey from the start page to the answers page; returns the answers it saved,
 * page by page, in the order it saved them.
 */
export async function walkJourney(visitor: Visitor, pay: number): Promise<[path: string, answers: Record<string, string>][]> {
  const answers = journeyAnswers(pay);
  let path = await visitor.submit("/", {});
  const saved: [string, Record<string, string>][] = [];
  while (path !== "/check/answers") {
    const pageAnswers = answers[path];
    if (!pageAnswers) throw new Error(`the journey reached ${path}, which the visitor has no answers for`);
    const next = await visitor.submit(path, pageAnswers);
    if (next === path) throw new Error(`saving ${path} was refused`);
    saved.push([path, pageAnswers]);
    path = next;
    if (saved.length > 20) throw new Error("the journey did not end");
  }
  return saved;
}
