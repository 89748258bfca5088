// The printable checklist: US Letter, built-in Helvetica only (no font or image is fetched), long
// content flowing onto more pages with "Page N of M" in the footer. It prints a ChecklistModel
// and works nothing out itself.
import type { ReactNode } from "react";
import { Canvas, Circle, Document, Font, Line, Page, Polyline, Rect, StyleSheet, Svg, Text, View, pdf } from "@react-pdf/renderer";
import layoutDocument from "@react-pdf/layout";
import renderPdf from "@react-pdf/render";
import PDFDocument from "pdfkit";
import type { ChecklistModel, CitedLine, HrSheet, ProjectionModel, RoomFigures, SavingOrderModel } from "@/lib/result/checklist-model";

// Whole words only: a split word in a to-do list is harder to read than a ragged edge.
Font.registerHyphenationCallback((word) => [word]);

const INK = "#0b0c0c";
const MUTED = "#505a5f";
const RULE = "#b1b4b6";
const STATUS_COLOUR = { eligible: "#00703c", not_eligible: "#d4351c", needs_info: "#ffdd00" } as const;

const styles = StyleSheet.create({
  page: {
    paddingTop: 54,
    paddingBottom: 72,
    paddingHorizontal: 54,
    fontFamily: "Helvetica",
    fontSize: 10.5,
    lineHeight: 1.4,
    color: INK,
  },
  title: { fontFamily: "Helvetica-Bold", fontSize: 22, lineHeight: 1.2 },
  meta: { marginTop: 4, color: MUTED },
  verdictBox: { marginTop: 16, borderLeftWidth: 6, backgroundColor: "#f3f2f1", paddingVertical: 10, paddingHorizontal: 14 },
  verdictLabel: { fontFamily: "Helvetica-Bold", fontSize: 8.5, color: MUTED, letterSpacing: 0.8 },
  verdict: { marginTop: 2, fontFamily: "Helvetica-Bold", fontSize: 14, lineHeight: 1.3 },
  paragraph: { marginTop: 8 },
  heading: { marginTop: 20, marginBottom: 6, fontFamily: "Helvetica-Bold", fontSize: 14, lineHeight: 1.2 },
  small: { fontSize: 9, color: MUTED },
  figures: { flexDirection: "row", marginTop: 4 },
  figure: { flexGrow: 1, flexBasis: 0, borderWidth: 1.5, borderColor: INK, paddingVertical: 8, paddingHorizontal: 12 },
  figureGap: { width: 12 },
  figureValue: { marginTop: 2, fontFamily: "Helvetica-Bold", fontSize: 22, lineHeight: 1.2 },
  table: { marginTop: 10 },
  row: { flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: RULE, paddingVertical: 4 },
  rowLabel: { flexGrow: 1, flexBasis: 0, paddingRight: 16 },
  rowValue: { width: 90, textAlign: "right" },
  bold: { fontFamily: "Helvetica-Bold" },
  item: { flexDirection: "row", marginTop: 7 },
  box: { width: 11, height: 11, marginTop: 2, marginRight: 8, borderWidth: 1, borderColor: INK },
  itemNumber: { width: 20, fontFamily: "Helvetica-Bold" },
  itemText: { flexGrow: 1, flexBasis: 0, paddingRight: 10 },
  itemStatus: { width: 62, fontFamily: "Helvetica-Bold", fontSize: 9, color: MUTED, textAlign: "right", marginTop: 1 },
  numbered: { flexDirection: "row", marginTop: 8 },
  numberedIndex: { width: 20, fontFamily: "Helvetica-Bold" },
  numberedBody: { flexGrow: 1, flexBasis: 0 },
  warning: { marginTop: 8, borderLeftWidth: 3, borderLeftColor: "#ffdd00", paddingLeft: 10 },
  reason: { marginTop: 6 },
  alternative: { marginTop: 8 },
  // The sheet for HR: every question on one page, with a line to write each answer on.
  sheetPage: { paddingTop: 40, paddingBottom: 56, fontSize: 9, lineHeight: 1.3 },
  sheetQuestion: { flexDirection: "row", marginTop: 7 },
  sheetPhrases: { fontSize: 8, color: MUTED },
  sheetAnswer: { marginTop: 2, height: 20, borderBottomWidth: 0.75, borderBottomColor: RULE },
  closing: { marginTop: 22, borderTopWidth: 1, borderTopColor: RULE, paddingTop: 8 },
  footer: {
    position: "absolute",
    bottom: 30,
    left: 54,
    right: 54,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.75,
    borderTopColor: RULE,
    paddingTop: 6,
    fontSize: 8.5,
    color: MUTED,
    // The page's lineHeight would make the "Page N of M" text vanish (diegomura/react-pdf#3083):
    // "" resets it to the font's own.
    lineHeight: "",
  },
});


export function ChecklistDocument({ model, numbering }: { model: ChecklistModel; numbering: PageNumbering }) {
  return (
    // The file's title, subject and language are set where it is written: renderChecklistPdf.
    <Document>
      {/* Every page opts into react-pdf's measure-once pagination (experimentalPagination): the
          default engine lays the rest of the document out again at every page break, which was
          most of the time this PDF took. The pages come out the same, pixel for pixel. */}
      {model.hrSheet && <HrSheetPage sheet={model.hrSheet} taxYear={model.taxYear} title={model.title} numbering={numbering} />}
      <Page experimentalPagination size="LETTER" style={styles.page}>
        <Footer title={model.title} taxYear={model.taxYear} numbering={numbering} />
        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.meta}>
          Tax year {model.taxYear} · {model.madeOn}
        </Text>

        <View style={[styles.verdictBox, { borderLeftColor: STATUS_COLOUR[model.status] }]} wrap={false}>
          <Text style={styles.verdictLabel}>YOUR RESULT</Text>
          <Text style={styles.verdict}>{model.verdict}</Text>
        </View>
        {model.route && <Text style={styles.paragraph}>{model.route}</Text>}
        {model.fromPlanDocument && <Text style={[styles.small, { marginTop: 6 }]}>{model.fromPlanDocument}</Text>}

        {model.lookBack && (
          <View wrap={false}>
            <Text style={styles.heading}>Looking back at {model.taxYear}</Text>
            {model.lookBack.map((line, index) => (
              <Text key={index} style={styles.paragraph}>{line}</Text>
            ))}
          </View>
        )}

        {model.room && <Figures room={model.room} />}

        {model.paychecks && (
          <Section
            title="Your paycheck plan"
            intro={
              <Text>
                {[...model.paychecks.elections, model.paychecks.byRounding, model.matchTiming ?? "", ...(model.paychecks.warnings ?? [])]
                  .filter(Boolean)
                  .join("\n")}
              </Text>
            }
            entries={model.paychecks.paychecks.map((line, index) => (
              <Text key={index} style={styles.small}>{line}</Text>
            ))}
          />
        )}

        <Section
          title="Checklist"
          intro={<Text style={styles.small}>Tick each box when it is done. The steps are in the order to take them.</Text>}
          entries={model.checklist.map((item) => (
            <View key={item.number} style={styles.item} wrap={false}>
              <View style={styles.box} />
              <Text style={styles.itemNumber}>{item.number}.</Text>
              <Text style={styles.itemText}>{item.text}</Text>
              <Text style={styles.itemStatus}>{item.status}</Text>
            </View>
          ))}
        />

        <Section
          title="Dates to keep"
          entries={(model.deadlines ?? []).map((deadline, index) => (
            <Cited key={index} line={deadline} style={styles.reason} />
          ))}
        />

        {model.savingOrder && <SavingOrderPart order={model.savingOrder} />}

        {model.projection && <ProjectionPart projection={model.projection} />}

        <Section
          title="Questions for your plan administrator"
          intro={<Text>{model.questionsIntro}</Text>}
          entries={model.questions.map((question, index) => (
            <View key={index} style={styles.numbered} wrap={false}>
              <Text style={styles.numberedIndex}>{index + 1}.</Text>
              <Text style={styles.numberedBody}>
                {question.question}
                {question.lookFor && <Text style={styles.small}>{`\n${question.lookFor}`}</Text>}
              </Text>
            </View>
          ))}
        />

        <Section
          title="Watch out for"
          entries={model.warnings.map((warning, index) => (
            <Cited key={index} line={warning} style={styles.warning} />
          ))}
        />

        <Section
          title="Why"
          entries={model.reasons.map((reason, index) => (
            <Cited key={index} line={reason} style={styles.reason} />
          ))}
        />

        <Section
          title="What you can do instead"
          entries={model.alternatives.map((alternative, index) => (
            <Cited key={index} line={alternative} title={alternative.title} style={styles.alternative} />
          ))}
        />

        <View style={styles.closing} wrap={false}>
          <Text style={styles.bold}>{model.keepWithRecords}</Text>
          <Text style={[styles.small, { marginTop: 6 }]}>{model.disclaimer}</Text>
        </View>

      </Page>
    </Document>
  );
}

/**
 * A heading and its entries (each one unbreakable); nothing when there are none. The heading
 * stays with the first entry, never alone at the foot of a page.
 */
function Section({ title, intro, entries }: { title: string; intro?: ReactNode; entries: ReactNode[] }) {
  if (entries.length === 0) return null;
  const [first, ...rest] = entries;
  return (
    <>
      <View wrap={false}>
        <Text style={styles.heading}>{title}</Text>
        {intro}
        {first}
      </View>
      {rest}
    </>
  );
}

/** The room and the sum behind it, kept on one page. */
function Figures({ room }: { room: RoomFigures }) {
  return (
    <View wrap={false}>
      <Text style={styles.heading}>{room.title}</Text>
      <View style={styles.figures}>
        <View style={styles.figure}>
          <Text style={styles.small}>After-tax room for the year</Text>
          <Text style={styles.figureValue}>{room.afterTaxRoom}</Text>
        </View>
        <View style={styles.figureGap} />
        <View style={styles.figure}>
          <Text style={styles.small}>{room.remainingLabel}</Text>
          <Text style={styles.figureValue}>{room.leftToContribute}</Text>
        </View>
      </View>
      {room.perPaycheck && <Text style={styles.paragraph}>{room.perPaycheck}</Text>}
      <View style={styles.table}>
        {room.rows.map((row) => (
          <View key={row.label} style={[styles.row, row.muted ? { color: MUTED } : {}]}>
            <Text style={[styles.rowLabel, row.strong ? styles.bold : {}]}>{row.label}</Text>
            <Text style={[styles.rowValue, row.strong ? styles.bold : {}]}>{row.value}</Text>
          </View>
        ))}
      </View>
      <Text style={[styles.small, { marginTop: 4 }]}>{room.figuresSource}</Text>
    </View>
  );
}

/** The order of saving: each step, its status in words, and the person's own figures. */
function SavingOrderPart({ order }: { order: SavingOrderModel }) {
  return (
    <Section
      title="What comes first"
      intro={<Text style={styles.small}>{order.intro}</Text>}
      entries={order.steps.map((step) => (
        <Text key={step.number} style={styles.reason} wrap={false}>
          <Text style={styles.bold}>{`${step.number}. ${step.title} [${step.status}]\n`}</Text>
          {step.lines.join("\n")}
          <Text style={styles.small}>{`\n${step.citation}`}</Text>
        </Text>
      ))}
    />
  );
}

const CHART = { width: 300, height: 150, left: 46, right: 8, top: 8, bottom: 22 };
const ROTH_COLOUR = "#1d4ed8";
const TAXABLE_COLOUR = "#9a3412";

/** Roth against a taxable account: the advantage, a chart beside its table, the assumptions. */
/** "$0", "$250k", "$1,200k": an axis value in thousands of dollars, for the chart's left edge. */
function axisDollars(cents: number): string {
  const thousands = Math.round(cents / 100_000);
  return thousands === 0 ? "$0" : `$${thousands.toLocaleString("en-US")}k`;
}

function ProjectionPart({ projection }: { projection: ProjectionModel }) {
  const years = projection.roth.length - 1;
  const top = Math.max(...projection.roth, ...projection.taxable, 1);
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const x = (year: number) => CHART.left + (year / Math.max(1, years)) * plotWidth;
  const y = (cents: number) => CHART.top + plotHeight - (cents / top) * plotHeight;
  const points = (values: readonly number[]) => values.map((value, year) => `${x(year).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <>
      <View wrap={false}>
        <Text style={styles.heading}>Is it worth it? Roth against a taxable account</Text>
        <View style={{ borderWidth: 1.5, borderColor: INK, paddingVertical: 8, paddingHorizontal: 12, marginTop: 4 }}>
          <Text style={styles.small}>Roth ahead of a taxable account, after tax</Text>
          <Text style={styles.figureValue}>{projection.advantage}</Text>
        </View>
        <Text style={styles.paragraph}>{projection.headline}</Text>
        <View style={{ flexDirection: "row", marginTop: 10 }}>
          <View style={{ width: CHART.width, marginRight: 14 }}>
            <Svg width={CHART.width} height={CHART.height}>
              <Line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={CHART.height - CHART.bottom} stroke={INK} strokeWidth={0.75} />
              <Line x1={CHART.left} x2={CHART.width - CHART.right} y1={CHART.height - CHART.bottom} y2={CHART.height - CHART.bottom} stroke={INK} strokeWidth={0.75} />
              <Polyline points={points(projection.roth)} fill="none" stroke={ROTH_COLOUR} strokeWidth={2} />
              <Polyline points={points(projection.taxable)} fill="none" stroke={TAXABLE_COLOUR} strokeWidth={2} strokeDasharray="5 3" />
              {/* Axis values: dollars on the left (0, half, top), years along the bottom (the table's years). */}
              {[0, top / 2, top].map((value) => (
                <Text key={`y${value}`} x={CHART.left - 3} y={y(value) + 2} textAnchor="end" style={{ fontSize: 6 }} fill={INK}>
                  {axisDollars(value)}
                </Text>
              ))}
              {projection.rows.map((row) => (
                <Text key={`x${row.year}`} x={x(row.year)} y={CHART.height - CHART.bottom + 9} textAnchor="middle" style={{ fontSize: 6 }} fill={INK}>
                  {String(row.year)}
                </Text>
              ))}
              <Text x={CHART.left + plotWidth / 2} y={CHART.height - 3} textAnchor="middle" style={{ fontSize: 6 }} fill={INK}>
                Years from today
              </Text>
              {projection.rows.map((row) => (
                <Circle key={`r${row.year}`} cx={x(row.year)} cy={y(projection.roth[row.year]!)} r={2.5} fill={ROTH_COLOUR} />
              ))}
              {projection.rows.map((row) => (
                <Rect key={`t${row.year}`} x={x(row.year) - 2.5} y={y(projection.taxable[row.year]!) - 2.5} width={5} height={5} fill="#ffffff" stroke={TAXABLE_COLOUR} strokeWidth={1.5} />
              ))}
            </Svg>
            <Text style={styles.small}>
              {`Solid line with dots: Roth. Dashed line with squares: taxable account, after tax. From year 0 (today) to year ${years}; the table has the figures.`}
            </Text>
          </View>
          <View style={{ flexGrow: 1, flexBasis: 0 }}>
            <View style={[styles.row, styles.bold]}>
              <Text style={{ width: 34 }}>Year</Text>
              <Text style={{ flexGrow: 1, flexBasis: 0, textAlign: "right" }}>Roth</Text>
              <Text style={{ flexGrow: 1, flexBasis: 0, textAlign: "right" }}>Taxable</Text>
            </View>
            {projection.rows.map((row) => (
              <View key={row.year} style={styles.row}>
                <Text style={{ width: 34 }}>{row.year}</Text>
                <Text style={{ flexGrow: 1, flexBasis: 0, textAlign: "right" }}>{row.roth}</Text>
                <Text style={{ flexGrow: 1, flexBasis: 0, textAlign: "right" }}>{row.taxable}</Text>
              </View>
            ))}
          </View>
        </View>
      </View>
      <View wrap={false}>
        <Text style={[styles.bold, { marginTop: 10 }]}>The assumptions</Text>
        {projection.assumptions.map((line, index) => (
          <Text key={index}>{line}</Text>
        ))}
        {projection.notes.map((line, index) => (
          <Text key={index} style={styles.paragraph}>{line}</Text>
        ))}
      </View>
    </>
  );
}

/**
 * The first page when the plan administrator has to answer first: the questions, the phrases to
 * look for in the Summary Plan Description and room to write each answer, on one sheet for HR.
 */
function HrSheetPage({ sheet, taxYear, title, numbering }: { sheet: HrSheet; taxYear: number; title: string; numbering: PageNumbering }) {
  return (
    <Page experimentalPagination size="LETTER" style={[styles.page, styles.sheetPage]}>
      <Footer title={title} taxYear={taxYear} numbering={numbering} />
      <Text style={[styles.title, { fontSize: 18 }]}>{sheet.title}</Text>
      <Text style={{ marginTop: 4 }}>{sheet.intro}</Text>
      {sheet.questions.map((question, index) => (
        <View key={index} style={styles.sheetQuestion} wrap={false}>
          <Text style={styles.numberedIndex}>{index + 1}.</Text>
          <View style={styles.numberedBody}>
            <Text>{question.question}</Text>
            {question.phrases !== "" && <Text style={styles.sheetPhrases}>{question.phrases}</Text>}
            <View style={styles.sheetAnswer}>
              <Text style={styles.sheetPhrases}>{sheet.answerPrompt}</Text>
            </View>
          </View>
        </View>
      ))}
    </Page>
  );
}

/** A statement with its legal source under it, in one text block (one layout node, not two). */
function Cited({ line, title, style }: { line: CitedLine; title?: string; style: (typeof styles)[keyof typeof styles] }) {
  return (
    <Text style={style} wrap={false}>
      {title && <Text style={styles.bold}>{`${title}\n`}</Text>}
      {line.text}
      <Text style={styles.small}>{`\n${line.citation}`}</Text>
    </Text>
  );
}

/**
 * "Page N of M" for one document: M is set once the pages are laid out, N counts the footers as
 * they are drawn, in page order.
 */
class PageNumbering {
  total = 0;
  private drawn = 0;

  /** The next footer's "Page N of M". */
  next(): string {
    this.drawn += 1;
    return `Page ${this.drawn} of ${this.total}`;
  }
}

const PAGE_NUMBER_WIDTH = 90;
// react-pdf sets Helvetica's baseline 0.9 em below the top of its line, PDFKit's text() at the
// font's ascender, 0.718 em: move the page number down by the difference to sit on the same line.
const BASELINE_SHIFT = 0.9 - 0.718;

/**
 * The running footer. The page number is drawn, not laid out: a react-pdf `render` prop would
 * make it lay every page out a second time once the number of pages is known, which doubled the
 * time this PDF took. Helvetica's digits are all one width, so nothing around it moves.
 */
function Footer({ title, taxYear, numbering }: { title: string; taxYear: number; numbering: PageNumbering }) {
  return (
    <View style={styles.footer} fixed>
      <Text>
        {title} · {taxYear}
      </Text>
      <Canvas
        style={{ width: PAGE_NUMBER_WIDTH }}
        paint={(painter: CanvasPainter, width?: number) => {
          // Layout calls paint too, without a width, to measure what it draws: count only drawing.
          if (width === undefined) return null;
          painter
            .font("Helvetica")
            .fontSize(styles.footer.fontSize)
            .fillColor(MUTED)
            .text(numbering.next(), 0, BASELINE_SHIFT * styles.footer.fontSize, { width, align: "right" });
          return null;
        }}
      />
    </View>
  );
}

/** What a Canvas `paint` function may call (react-pdf passes part of PDFKit's API). */
interface CanvasPainter {
  font(name: string): CanvasPainter;
  fontSize(size: number): CanvasPainter;
  fillColor(colour: string): CanvasPainter;
  text(text: string, x: number, y: number, options: { width: number; align: "right" }): CanvasPainter;
}

/**
 * The checklist as PDF bytes. react-pdf's own renderToBuffer lays out and draws in one call; here
 * the two steps are apart so the footers can be told the number of pages before they are drawn.
 * The steps and the PDFKit options are the ones renderToBuffer uses (@react-pdf/renderer 4.9).
 */
export async function renderChecklistPdf(model: ChecklistModel): Promise<Buffer> {
  const numbering = new PageNumbering();
  const { container } = pdf(<ChecklistDocument model={model} numbering={numbering} />);
  const laidOut = await layOut(container.document, Font);
  numbering.total = laidOut.children?.length ?? 0;
  const file = new PDFDocument({
    compress: true,
    lang: "en-US",
    displayTitle: true,
    autoFirstPage: false,
    info: {
      Title: `${model.title} ${model.taxYear}`,
      Subject: model.verdict,
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: model.madeAt,
      ModificationDate: model.madeAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    file.on("data", (chunk: Buffer) => chunks.push(chunk));
    file.on("end", () => resolve(Buffer.concat(chunks)));
    file.on("error", reject);
  });
  draw(file, laidOut);
  return done;
}

const PRODUCER = "Mega Backdoor Roth Check";
// Typed by hand: @react-pdf/layout declares one parameter and takes the font store as its second.
const layOut = layoutDocument as unknown as (document: unknown, fonts: typeof Font) => Promise<{ children?: unknown[] }>;
const draw = renderPdf as unknown as (file: PDFDocument, document: unknown) => void;
