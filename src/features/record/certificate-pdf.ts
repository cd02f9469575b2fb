/**
 * The certificate as a one-page PDF (A4 landscape), made in the browser with pdf-lib, offline.
 * The completion record it describes is attached inside the PDF, so its digest can always be
 * checked against the very file it names.
 *
 * Text uses the built-in PDF fonts, which cover French and English in full (accents, œ, « »,
 * ’, no-break spaces) and most Western European names. A name they cannot write (Łukasz,
 * Ağaoğlu, Αλέξανδρος, Дмитрий) is drawn in DejaVu Serif Bold (name-fonts.ts), loaded only
 * then: with its font engine it weighs 550 kB gzip, too much to precache for every learner.
 * It is cached on first use; offline before that, or for a script DejaVu lacks (CJK, Arabic),
 * the name loses its accents (Ł → L) or shows "?". The certificate page shows every name exactly.
 */
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CompletionRecord } from '@/domain/record/record-schema';
import type { CertificateContent } from './certificate-content';
import type { TextRun } from './name-fonts';

const NAVY = rgb(0.055, 0.18, 0.36);
const INK = rgb(0.13, 0.15, 0.19);
const MUTED = rgb(0.36, 0.39, 0.45);
const FALLBACKS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

/** Text the font can encode: narrow spaces become no-break spaces, unknown letters lose their accent. */
const characterSets = new WeakMap<PDFFont, Set<number>>();
export function encodable(text: string, font: PDFFont): string {
  // Computed once per font: this runs for every line, and for each letter of a name.
  const supported = characterSets.get(font) ?? new Set(font.getCharacterSet());
  characterSets.set(font, supported);
  return [...text.normalize('NFC').replace(/[\u202f\u2009\u2007]/g, '\u00a0')]
    .map((char) => {
      if (supported.has(char.codePointAt(0) ?? 0)) return char;
      const base = FALLBACKS[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
      return [...base].every((c) => supported.has(c.codePointAt(0) ?? 0)) && base !== '' ? base : '?';
    })
    .join('');
}

/** The name in runs of fonts: the built-in one when it can, else DejaVu (loaded now), else without accents. */
async function nameRuns(pdf: PDFDocument, name: string, builtIn: PDFFont): Promise<TextRun[]> {
  const plain = name.normalize('NFC').replace(/[\u202f\u2009\u2007]/g, '\u00a0');
  if (encodable(plain, builtIn) === plain) return [{ text: plain, font: builtIn }];
  try {
    const fonts = await import('./name-fonts');
    return await fonts.nameRuns(pdf, plain, builtIn, (char) => encodable(char, builtIn));
  } catch {
    return [{ text: encodable(plain, builtIn), font: builtIn }];
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function certificatePdf(record: CompletionRecord, content: CertificateContent, recordFileName: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const created = new Date(record.exportedAt);
  pdf.setTitle(`${content.heading} · ${content.courseTitle}`, { showInWindowTitleBar: true });
  pdf.setSubject(content.courseTitle);
  pdf.setAuthor('Sentinelle');
  pdf.setCreator('Sentinelle');
  pdf.setProducer('Sentinelle (pdf-lib)');
  pdf.setLanguage(content.lang === 'fr' ? 'fr-FR' : 'en-US');
  pdf.setKeywords([`sha256:${record.integrity.digest}`]);
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  await pdf.attach(new TextEncoder().encode(JSON.stringify(record, null, 2)), recordFileName, {
    mimeType: 'application/json',
    description: 'Sentinelle completion record',
    creationDate: created,
    modificationDate: created,
  });

  const [serif, serifBold, serifItalic, sans, mono] = await Promise.all([
    pdf.embedFont(StandardFonts.TimesRoman),
    pdf.embedFont(StandardFonts.TimesRomanBold),
    pdf.embedFont(StandardFonts.TimesRomanItalic),
    pdf.embedFont(StandardFonts.Helvetica),
    pdf.embedFont(StandardFonts.Courier),
  ]);
  const page: PDFPage = pdf.addPage([841.89, 595.28]);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: NAVY, borderWidth: 2.5 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: NAVY, borderWidth: 0.75 });

  // Lines run down from the top: each is placed by its baseline, one font size below the last.
  let y = height - 72;
  const centered = (text: string, font: PDFFont, size: number, color: typeof INK, after: number) => {
    for (const line of wrap(encodable(text, font), font, size, width - 160)) {
      y -= size;
      page.drawText(line, { x: (width - font.widthOfTextAtSize(line, size)) / 2, y, size, font, color });
      y -= size * 0.25;
    }
    y -= after;
  };

  centered('SENTINELLE', sans, 11, MUTED, 26);
  centered(content.heading, serifBold, 32, NAVY, 34);
  centered(content.certifies, serifItalic, 15, MUTED, 10);
  // The name: runs in the fonts its letters need, shrunk to fit the line if it is long.
  const runs = await nameRuns(pdf, content.name, serifBold);
  const nameWidth = (size: number) => runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  const nameSize = Math.min(28, (28 * (width - 160)) / Math.max(1, nameWidth(28)));
  y -= nameSize;
  let x = (width - nameWidth(nameSize)) / 2;
  for (const run of runs) {
    page.drawText(run.text, { x, y, size: nameSize, font: run.font, color: INK });
    x += run.font.widthOfTextAtSize(run.text, nameSize);
  }
  y -= nameSize * 0.25 + 4;
  page.drawLine({ start: { x: width / 2 - 170, y }, end: { x: width / 2 + 170, y }, thickness: 0.6, color: NAVY });
  y -= 20;
  centered(content.courseLine, serifItalic, 15, MUTED, 8);
  centered(content.courseTitle, serifBold, 22, NAVY, 26);
  centered(content.result, serif, 14, INK, 8);
  if (content.progress) centered(content.progress, serif, 13, INK, 8);
  centered(content.dates.map((date) => `${date.label} ${date.value}`).join('   ·   '), serif, 13, INK, 0);

  // Footer: who and which record, small.
  const colon = content.lang === 'fr' ? '\u00a0:' : ':';
  const footer = [
    { text: `${content.learnerId.label}${colon} ${content.learnerId.value}`, font: sans, size: 8.5 },
    { text: `${content.digest.label}${colon}`, font: sans, size: 8.5 },
    { text: content.digest.value, font: mono, size: 9 },
    { text: content.digest.note, font: sans, size: 7.5 },
  ];
  // Bottom up from the inner frame, so that a note wrapped on two lines never crosses it.
  const lines = footer.flatMap(({ text, font, size }) => wrap(encodable(text, font), font, size, width - 180).map((line) => ({ line, font, size })));
  let fy = 52 + lines.reduce((sum, { size }) => sum + size + 5, 0);
  for (const { line, font, size } of lines) {
    fy -= size + 5;
    page.drawText(line, { x: (width - font.widthOfTextAtSize(line, size)) / 2, y: fy, size, font, color: MUTED });
  }
  return pdf.save();
}
