import PDFDocument from 'pdfkit';
import type { Actor } from '../access/actor.js';
import { appendAuditAlone } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Language } from '../db/schema.js';
import { INDICATORS } from './indicator-registry.js';
import type { Figure, Figures } from './indicator.schemas.js';
import { computeFigures } from './indicator.service.js';
import type { ReportPdfQuery } from './indicator-pdf.schemas.js';

// The monthly district report (issue 17, exports): the framework's indicators
// for one district (Akarere) and month, a bar chart by sector (Umurenge), the
// trend of the last twelve months and the tier mix, drawn with pdfkit's vector
// primitives. Every figure comes from computeFigures, so the reader's access
// (line one) and small-number suppression are exactly the figures route's.
// Standard fonts (Helvetica, WinAnsi) as the printed case file: enough for
// Kinyarwanda, English and French.

type Messages = {
  title: (district: string, month: string) => string;
  subtitle: string;
  indicator: string;
  numerator: string;
  denominator: string;
  value: string;
  notKept: string;
  bySector: string;
  trend: (from: string, to: string) => string;
  tiers: string;
  tier: (t: string) => string;
  casesEnrolled: string;
  reportsReceived: string;
  suppressedNote: (label: string, threshold: number) => string;
  nothing: string;
  footer: (at: string, by: string) => string;
  months: string[];
  monthsShort: string[];
  titles: Record<string, string>;
};

const MESSAGES: Record<Language, Messages> = {
  rw: {
    title: (d, m) => `Akarere ka ${d}: raporo y'ukwezi, ${m}`,
    subtitle: 'Kurengera abana: ibipimo by’imicungire y’ibibazo (Rinda)',
    indicator: 'Igipimo',
    numerator: "Umubare w'ibarwa",
    denominator: 'Umubare fatizo',
    value: 'Agaciro',
    notKept: 'Ntibibikwa',
    bySector: 'Ibibazo byanditswe na raporo zakiriwe, hakurikijwe Umurenge',
    trend: (a, b) => `Uko byagenze mu mezi 12 (${a} - ${b})`,
    tiers: "Uko inzego z'ibyago zingana (raporo zakiriwe)",
    tier: (t) => (t === '0' ? 'Ntirasuzumwa' : `Urwego ${t}`),
    casesEnrolled: 'Ibibazo byanditswe',
    reportsReceived: 'Raporo zakiriwe',
    suppressedNote: (l, n) => `Kugira ngo abana barindwe, umubare uri munsi ya ${n} ugaragazwa nka "${l}" kandi ntushushanywa.`,
    nothing: 'Nta mubare w’uku kwezi.',
    footer: (at, by) => `Byasohowe ${at} na ${by}`,
    months: ['Mutarama', 'Gashyantare', 'Werurwe', 'Mata', 'Gicurasi', 'Kamena', 'Nyakanga', 'Kanama', 'Nzeri', 'Ukwakira', 'Ugushyingo', 'Ukuboza'],
    monthsShort: ['Mut', 'Gas', 'Wer', 'Mat', 'Gic', 'Kam', 'Nya', 'Kan', 'Nze', 'Ukw', 'Ugu', 'Uku'],
    titles: {
      cases_enrolled: 'Ibibazo byanditswe',
      assessment_completed: 'Ibibazo byarangije isuzuma',
      case_plan_up_to_date: 'Ibibazo bifunguye bifite gahunda igezweho',
      files_meeting_standards: "Amadosiye yatoranyijwe yujuje amahame y'igihugu",
      referrals_made: "Abana n'ababitaho boherejwe",
      referrals_completed: 'Kohereza kwarangiye',
      benchmark_progress: 'Ibibazo bitera imbere ku bipimo ngenderwaho',
      cases_resolved: 'Ibibazo byakemuwe, hakurikijwe impamvu',
      clients_satisfied: "Abana n'ababitaho banyuzwe n'imicungire y'ikibazo",
      wellbeing_improved: 'Abana bavuga ko bamerewe neza kurushaho',
    },
  },
  en: {
    title: (d, m) => `${d} District (Akarere): monthly report, ${m}`,
    subtitle: 'Child protection case management indicators (Rinda)',
    indicator: 'Indicator',
    numerator: 'Numerator',
    denominator: 'Denominator',
    value: 'Value',
    notKept: 'Not kept',
    bySector: 'Cases enrolled and reports received, by sector (Umurenge)',
    trend: (a, b) => `The last 12 months (${a} - ${b})`,
    tiers: 'Tier mix (reports received)',
    tier: (t) => (t === '0' ? 'Not screened yet' : `Tier ${t}`),
    casesEnrolled: 'Cases enrolled',
    reportsReceived: 'Reports received',
    suppressedNote: (l, n) => `To protect the children, counts below ${n} are shown as "${l}" and not drawn.`,
    nothing: 'No figures this month.',
    footer: (at, by) => `Printed ${at} by ${by}`,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    titles: {
      cases_enrolled: 'Cases enrolled',
      assessment_completed: 'Cases with a completed assessment',
      case_plan_up_to_date: 'Open cases with an up-to-date case plan',
      files_meeting_standards: 'Sampled case files meeting the national standards',
      referrals_made: 'Children and caregivers referred',
      referrals_completed: 'Referrals completed',
      benchmark_progress: 'Cases progressing on the benchmarks',
      cases_resolved: 'Cases resolved, by reason',
      clients_satisfied: 'Children and caregivers satisfied with case management',
      wellbeing_improved: 'Children reporting better wellbeing',
    },
  },
  fr: {
    title: (d, m) => `District (Akarere) de ${d} : rapport mensuel, ${m}`,
    subtitle: 'Indicateurs de la gestion des cas de protection de l’enfance (Rinda)',
    indicator: 'Indicateur',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    value: 'Valeur',
    notKept: 'Non tenu',
    bySector: 'Cas enregistrés et signalements reçus, par secteur (Umurenge)',
    trend: (a, b) => `Les 12 derniers mois (${a} - ${b})`,
    tiers: 'Répartition par niveau de risque (signalements reçus)',
    tier: (t) => (t === '0' ? 'Pas encore examiné' : `Niveau ${t}`),
    casesEnrolled: 'Cas enregistrés',
    reportsReceived: 'Signalements reçus',
    suppressedNote: (l, n) => `Pour protéger les enfants, les nombres inférieurs à ${n} sont affichés « ${l} » et ne sont pas dessinés.`,
    nothing: 'Aucun chiffre ce mois-ci.',
    footer: (at, by) => `Imprimé le ${at} par ${by}`,
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    titles: {
      cases_enrolled: 'Cas enregistrés',
      assessment_completed: 'Cas avec une évaluation achevée',
      case_plan_up_to_date: 'Cas ouverts avec un plan à jour',
      files_meeting_standards: 'Dossiers échantillonnés conformes aux normes nationales',
      referrals_made: 'Enfants et aidants orientés',
      referrals_completed: 'Orientations achevées',
      benchmark_progress: 'Cas en progrès sur les critères',
      cases_resolved: 'Cas résolus, par motif',
      clients_satisfied: 'Enfants et aidants satisfaits de la gestion de cas',
      wellbeing_improved: 'Enfants déclarant un mieux-être',
    },
  },
};

const FRAMEWORK_IDS = INDICATORS.filter((d) => d.group === 'framework').map((d) => d.id);

/** The twelve months ending with this one, as YYYY-MM, oldest first. */
export function lastTwelveMonths(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - (11 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

type Cell = { value: number | null; suppressed: boolean };
type ReportData = {
  main: Figures;
  sectors: { label: string; enrolled: Cell; reports: Cell }[];
  trend: { month: string; enrolled: Cell; reports: Cell }[];
  tiers: { key: string; cell: Cell }[];
};

const cellOf = (f: { numerator: number | null; suppressed: boolean } | undefined): Cell => ({
  value: f?.numerator ?? (f?.suppressed ? null : 0),
  suppressed: f?.suppressed ?? false,
});

async function gather(ctx: AppContext, actor: Actor, q: ReportPdfQuery): Promise<ReportData> {
  // Line one first (403 / 404 before anything is computed): the figures of the month, by sector.
  const main = await computeFigures(ctx, actor, { place: q.place, period: q.month, by: 'place' });
  const fig = (id: string) => main.figures.find((f) => f.id === id)!;
  const enrolled = fig('cases_enrolled');
  const reports = fig('reports_received');
  const keys = [...new Set([...(enrolled.rows ?? []), ...(reports.rows ?? [])].map((r) => r.key))].sort();
  const sectors = keys.map((k) => {
    const e = enrolled.rows?.find((r) => r.key === k);
    const r = reports.rows?.find((x) => x.key === k);
    return { label: e?.label ?? r?.label ?? k, enrolled: cellOf(e), reports: cellOf(r) };
  });
  const months = lastTwelveMonths(q.month);
  const one = (period: string, indicator: string) => computeFigures(ctx, actor, { place: q.place, period, indicator }).then((f) => cellOf(f.figures[0]));
  const trend = await Promise.all(
    months.map(async (month) => ({ month, enrolled: await one(month, 'cases_enrolled'), reports: await one(month, 'reports_received') })),
  );
  const byTier = await computeFigures(ctx, actor, { place: q.place, period: q.month, by: 'tier', indicator: 'reports_received' });
  const tiers = (byTier.figures[0]?.rows ?? []).map((r) => ({ key: r.key, cell: cellOf(r) }));
  return { main, sectors, trend, tiers };
}

/** The report as a PDF; the download is audited (who, which district and month, in which view). */
export async function districtReportPdf(ctx: AppContext, actor: Actor, q: ReportPdfQuery) {
  const lang: Language = q.lang ?? actor.language;
  const data = await gather(ctx, actor, q);
  const now = ctx.clock.now();
  await appendAuditAlone(
    ctx.database.db,
    actor,
    { action: 'indicators.report_pdf', entityType: 'place', entityId: q.place, details: { month: q.month, lang, view: data.main.view } },
    now,
  );
  const pdf = await renderReport(data, MESSAGES[lang], q.month, { timeZone: ctx.config.timeZone, printedAt: now, printedBy: actor.fullName });
  return { fileName: `rinda-report-${q.place}-${q.month}-${lang}.pdf`, pdf };
}

const COLOURS = { enrolled: '#1f6f8b', reports: '#e2a03f', tiers: ['#9e9e9e', '#c0392b', '#e67e22', '#27ae60'], axis: '#555555', grid: '#dddddd' };

async function renderReport(d: ReportData, m: Messages, month: string, opts: { timeZone: string; printedAt: Date; printedBy: string }): Promise<Buffer> {
  const monthName = (ym: string, short = false) =>
    `${(short ? m.monthsShort : m.months)[Number(ym.slice(5, 7)) - 1]} ${short ? ym.slice(2, 4) : ym.slice(0, 4)}`;
  const title = m.title(d.main.place.name, monthName(month));
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: title, Subject: 'Rinda monthly district report', CreationDate: opts.printedAt, Producer: 'Rinda' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const label = d.main.suppressedLabel;
  const shown = (v: number | null, suppressed: boolean, unit = '') => (v === null ? (suppressed ? label : '-') : `${v}${unit}`);

  doc.font('Helvetica-Bold').fontSize(15).text(title, { width });
  doc.font('Helvetica').fontSize(10).text(m.subtitle, { width });
  if (d.main.view === 'suppressed') doc.font('Helvetica-Oblique').fontSize(8).text(m.suppressedNote(label, d.main.threshold), { width });
  doc.moveDown(0.8);

  // The framework's indicators.
  const cols = [width * 0.52, width * 0.16, width * 0.16, width * 0.16];
  const row = (cells: string[], font: string) => {
    const y = doc.y;
    doc.font(font).fontSize(9);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 6 }));
    if (y + Math.max(...heights) > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.text(c, x, top, { width: cols[i]! - 6, align: i === 0 ? 'left' : 'right', lineBreak: i === 0 });
      x += cols[i]!;
    });
    doc.x = left;
    doc.y = top + Math.max(...heights) + 4;
    doc
      .moveTo(left, doc.y - 2)
      .lineTo(left + width, doc.y - 2)
      .lineWidth(0.3)
      .strokeColor(COLOURS.grid)
      .stroke();
  };
  row([m.indicator, m.numerator, m.denominator, m.value], 'Helvetica-Bold');
  for (const id of FRAMEWORK_IDS) {
    const f = d.main.figures.find((x) => x.id === id) as Figure | undefined;
    if (!f) continue;
    const name = m.titles[id] ?? f.title;
    if (!f.available) {
      row([name, '', '', m.notKept], 'Helvetica');
      continue;
    }
    const unit = f.kind === 'percent' ? ' %' : '';
    const den = f.kind === 'count' ? '' : shown(f.denominator, f.suppressed && f.denominator === null);
    row([name, shown(f.numerator, f.suppressed), den, shown(f.value, f.suppressed, unit)], 'Helvetica');
  }

  // Cases enrolled and reports received, by sector.
  const chartTitle = (t: string, h: number) => {
    doc.moveDown(0.8);
    if (doc.y + h + 30 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).fillColor('black').text(t, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const legend = (items: [string, string][]) => {
    let x = left;
    const y = doc.y;
    doc.font('Helvetica').fontSize(8);
    for (const [colour, text] of items) {
      doc
        .rect(x, y + 1, 8, 8)
        .fillColor(colour)
        .fill();
      doc.fillColor('black').text(text, x + 12, y, { lineBreak: false });
      x += 22 + doc.widthOfString(text);
    }
    doc.x = left;
    doc.y = y + 14;
  };
  const groupedBars = (groups: { label: string; cells: Cell[] }[], colours: string[], h: number) => {
    const top = doc.y;
    const axisX = left + 24;
    const plotW = width - 24;
    const max = Math.max(1, ...groups.flatMap((g) => g.cells.map((c) => c.value ?? 0)));
    const step = niceStep(max);
    const ceil = Math.ceil(max / step) * step;
    const yOf = (v: number) => top + h - (v / ceil) * h;
    doc.font('Helvetica').fontSize(7).fillColor(COLOURS.axis);
    for (let v = 0; v <= ceil; v += step) {
      doc
        .moveTo(axisX, yOf(v))
        .lineTo(axisX + plotW, yOf(v))
        .lineWidth(0.3)
        .strokeColor(COLOURS.grid)
        .stroke();
      doc.fillColor(COLOURS.axis).text(String(v), left, yOf(v) - 3, { width: 20, align: 'right', lineBreak: false });
    }
    const slot = plotW / Math.max(1, groups.length);
    const barW = Math.min(18, (slot * 0.7) / colours.length);
    groups.forEach((g, i) => {
      const x0 = axisX + slot * i + (slot - barW * colours.length) / 2;
      g.cells.forEach((c, j) => {
        const x = x0 + barW * j;
        if (c.value === null) {
          // Hidden (small numbers): an outline at the baseline and the label, never a height.
          doc
            .rect(x, top + h - 6, barW - 1, 6)
            .lineWidth(0.5)
            .strokeColor(colours[j]!)
            .stroke();
          doc.fillColor(COLOURS.axis).text(label, x - 4, top + h - 15, { width: barW + 8, align: 'center', lineBreak: false });
        } else if (c.value > 0) {
          doc
            .rect(x, yOf(c.value), barW - 1, top + h - yOf(c.value))
            .fillColor(colours[j]!)
            .fill();
          doc.fillColor(COLOURS.axis).text(String(c.value), x - 4, yOf(c.value) - 9, { width: barW + 8, align: 'center', lineBreak: false });
        }
      });
      doc.fillColor('black').text(g.label, axisX + slot * i, top + h + 3, { width: slot, align: 'center', lineBreak: false, height: 10, ellipsis: true });
    });
    doc
      .moveTo(axisX, top + h)
      .lineTo(axisX + plotW, top + h)
      .lineWidth(0.8)
      .strokeColor(COLOURS.axis)
      .stroke();
    doc.x = left;
    doc.y = top + h + 16;
  };

  chartTitle(m.bySector, 150);
  legend([
    [COLOURS.enrolled, m.casesEnrolled],
    [COLOURS.reports, m.reportsReceived],
  ]);
  if (d.sectors.length)
    groupedBars(
      d.sectors.map((s) => ({ label: s.label, cells: [s.enrolled, s.reports] })),
      [COLOURS.enrolled, COLOURS.reports],
      130,
    );
  else doc.font('Helvetica-Oblique').fontSize(9).text(m.nothing, { width });

  chartTitle(m.trend(monthName(d.trend[0]!.month), monthName(month)), 150);
  legend([
    [COLOURS.enrolled, m.casesEnrolled],
    [COLOURS.reports, m.reportsReceived],
  ]);
  groupedBars(
    d.trend.map((t) => ({ label: monthName(t.month, true), cells: [t.enrolled, t.reports] })),
    [COLOURS.enrolled, COLOURS.reports],
    130,
  );

  // The tier mix: one bar split in proportion, each part labelled with its count.
  chartTitle(m.tiers, 60);
  const tiers = d.tiers.filter((t) => t.cell.suppressed || (t.cell.value ?? 0) > 0);
  const total = tiers.reduce((a, t) => a + (t.cell.value ?? 0), 0);
  if (!tiers.length) doc.font('Helvetica-Oblique').fontSize(9).text(m.nothing, { width });
  else {
    const y = doc.y;
    let x = left;
    for (const t of tiers) {
      const colour = COLOURS.tiers[Number(t.key)] ?? COLOURS.axis;
      const w = total && t.cell.value !== null ? (t.cell.value / total) * width : 0;
      if (w > 0) doc.rect(x, y, w, 18).fillColor(colour).fill();
      x += w;
    }
    doc.y = y + 24;
    legend(tiers.map((t) => [COLOURS.tiers[Number(t.key)] ?? COLOURS.axis, `${m.tier(t.key)}: ${shown(t.cell.value, t.cell.suppressed)}`] as [string, string]));
  }

  // The footer on every page.
  const clock = new Intl.DateTimeFormat('en-CA', {
    timeZone: opts.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(COLOURS.axis)
      .text(
        `${d.main.place.name} (${d.main.place.id})  ·  ${month}  ·  ${m.footer(clock.format(opts.printedAt), opts.printedBy)}  ·  ${i + 1}/${range.count}`,
        left,
        doc.page.height - 40,
        {
          width,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = margin;
  }
  return new Promise((resolve) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

/** A round step for an axis of about four lines. */
function niceStep(max: number): number {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? p * 10);
}
