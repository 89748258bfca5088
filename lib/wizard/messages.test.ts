import { describe, expect, it } from "vitest";
import { exampleOf, parseFields } from "./fields";
import { STEPS, type StepContext } from "./steps";
import { workedExampleDraft } from "./sample-draft";

const context: StepContext = { currentYear: 2026 };
// Mistakes people make in a box: letters, a minus sign, too many decimals, a huge figure, a slip of grouping.
const typos = ["abc", "-5", "12.345", "999999999999", "1,2,3", "150k"];

describe("error messages (GOV.UK: say what to do, in the field's own terms)", () => {
  const fields = STEPS.flatMap((step) => step.fields(workedExampleDraft, context).map((field) => ({ step, field })));
  const checked = fields.filter(({ field }) => ["money", "percent", "whole", "year"].includes(field.kind));

  it("covers every kind of typed field", () => {
    expect(new Set(checked.map(({ field }) => field.kind))).toEqual(new Set(["money", "percent", "whole", "year"]));
  });

  for (const { step, field } of checked) {
    it(`${step.slug}.${field.name}: no message repeats the label, and any example is the hint's own`, () => {
      const example = exampleOf(field);
      for (const typed of typos) {
        const result = parseFields([{ ...field, revealWhen: undefined }], { [field.name]: typed });
        if (result.ok) continue;
        const message = result.errors[field.name]!;
        expect(message).not.toContain(field.label);
        expect(message).toMatch(/^(Enter|Use) /);
        // "like 23,500" under a salary would be a figure from another field.
        const shown = message.match(/like (\S+)$/)?.[1];
        if (shown) expect(shown, message).toBe(example);
      }
    });
  }

  it("a salary's message gives the salary's example", () => {
    const pay = fields.find(({ field }) => field.name === "compensation")!.field;
    const result = parseFields([pay], { compensation: "150k" });
    expect(result.ok ? "" : result.errors.compensation).toBe("Enter an amount in dollars using numbers only, like 150,000");
  });
});
