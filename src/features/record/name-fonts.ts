/**
 * The font for a learner's name on the PDF certificate: DejaVu Serif Bold (Bitstream Vera
 * licence, DejaVu changes public domain), which covers the Latin, Greek and Cyrillic scripts
 * in full, so that Łukasz Żółć, Şükrü Ağaoğlu, Αλέξανδρος or Дмитрий are written exactly.
 * Fetched when a certificate is made (precached by the service worker, so offline too) and
 * embedded with only the glyphs the name needs. (Fontsource's WOFF subsets of Noto Serif were
 * tried first: pdf-lib's fontkit produced empty glyphs for the Latin Extended one.)
 */
import fontkit from '@pdf-lib/fontkit';
import serifBold from 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf?url';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface TextRun {
  text: string;
  font: PDFFont;
}

/**
 * The name as runs: letters the font has in it; any other (a script it lacks, such as CJK or
 * Arabic) drawn by `fallback` after `fallbackText` made it safe.
 */
export async function nameRuns(pdf: PDFDocument, text: string, fallback: PDFFont, fallbackText: (text: string) => string): Promise<TextRun[]> {
  pdf.registerFontkit(fontkit);
  const bytes = new Uint8Array(await (await fetch(serifBold)).arrayBuffer());
  const face = fontkit.create(bytes);
  const font = await pdf.embedFont(bytes, { subset: true });
  const runs: TextRun[] = [];
  for (const char of text.normalize('NFC')) {
    const covered = char === ' ' || face.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
    const piece = covered ? char : fallbackText(char);
    const runFont = covered ? font : fallback;
    const last = runs.at(-1);
    if (last && last.font === runFont) last.text += piece;
    else runs.push({ text: piece, font: runFont });
  }
  return runs;
}
