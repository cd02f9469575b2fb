import { readFileSync } from 'node:fs';
import validation from '@learninglocker/xapi-validation';
import type { Download, Locator, Page } from '@playwright/test';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { recordDigest } from '../../src/domain/record/digest.ts';
import type { CompletionRecord } from '../../src/domain/record/record-schema.ts';
import { LANGS, lessonUrl } from './course-fixture';
import { expect, test, watchCsp } from './fixtures';
import { readLesson, takeQuiz } from './quiz-helpers';

const validate = ((validation as unknown as { default?: typeof validation }).default ?? validation) as (statement: unknown) => unknown[];

const ui = {
  fr: {
    read: 'Lu',
    record: 'Relevé de formation',
    progress: 'Leçons lues : 1 sur 24. Vérifications des connaissances faites : 1 sur 24.',
    json: 'Relevé (JSON)',
    xapi: 'Déclarations xAPI (JSON)',
    pdf: 'Certificat (PDF)',
    restore: 'Restaurer',
    restored: 'Relevé restauré. Leçons ajoutées ou mises à jour : 1. Tentatives de quiz ajoutées ou mises à jour : 2.',
    notJson: 'Ce fichier n’est pas du JSON : il est peut-être tronqué ou abîmé. Rien n’a été modifié.',
    edited: 'Ce relevé a été modifié après son export : son contrôle d’intégrité ne correspond pas. Rien n’a été modifié.',
    statement: 'Attestation de suivi',
  },
  en: {
    read: 'Read',
    record: 'Completion record',
    progress: 'Lessons read: 1 of 24. Knowledge checks taken: 1 of 24.',
    json: 'Record (JSON)',
    xapi: 'xAPI statements (JSON)',
    pdf: 'Certificate (PDF)',
    restore: 'Restore',
    restored: 'Record restored. Lessons added or updated: 1. Quiz attempts added or updated: 2.',
    notJson: 'This file is not JSON: it may be truncated or damaged. Nothing was changed.',
    edited: 'This record was changed after it was exported: its integrity check does not match. Nothing was changed.',
    statement: 'Statement of progress',
  },
} as const;

/** French strings carry narrow no-break spaces before colons: compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

/** Waits until `locator` reads `expected` (narrow spaces as plain ones). */
async function expectText(locator: Locator, expected: string | RegExp) {
  const text = expect.poll(async () => plain(await locator.textContent()));
  if (typeof expected === 'string') await text.toBe(expected);
  else await text.toMatch(expected);
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function exportFile(page: Page, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { download, bytes: await saved(download) };
}

/** The completion record attached inside the certificate PDF. */
function attachedRecord(document: PDFDocument): CompletionRecord {
  const files = document.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  const stream = files.lookup(1, PDFDict).lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) throw new Error('no record attached to the PDF');
  return JSON.parse(new TextDecoder().decode(decodePDFRawStream(stream).decode())) as CompletionRecord;
}

/** What the record page says about progress: rules line, result facts, units table. */
async function progressShown(page: Page): Promise<string[]> {
  await expect(page.locator('.record__table tbody tr')).toHaveCount(6);
  return [plain(await page.locator('.record__block strong').first().textContent()), ...(await page.locator('.record__facts li, .record__table tbody tr').allTextContents()).map(plain)];
}

for (const lang of LANGS) {
  test.describe(`completion record (${lang})`, () => {
    test('a learner reads a lesson, takes its check and the final, exports the three files and restores them in a fresh browser', async ({ page, browser }, testInfo) => {
      test.skip(testInfo.project.name === 'phone', 'one long journey per language is enough; the phone layout is covered below');
      test.setTimeout(180_000);
      await readLesson(page, lessonUrl(lang, 'threat-awareness', 'intelligence-sharing'), ui[lang].read);
      await takeQuiz(page, lang, `${lessonUrl(lang, 'threat-awareness', 'intelligence-sharing')}/check`, 5, 'practice');
      await takeQuiz(page, lang, `/${lang}/assessment`, 20, 'exam');

      await page.goto(`/${lang}/record`);
      await expect(page.getByRole('heading', { level: 1, name: ui[lang].record })).toBeVisible();
      const shown = await progressShown(page);
      expect(shown[0]).toBe(ui[lang].progress);

      // The JSON record: the documented format, its digest, this learner's progress.
      const json = await exportFile(page, ui[lang].json);
      expect(json.download.suggestedFilename()).toMatch(/^sentinelle-record-\d{4}-\d\d-\d\d\.json$/);
      const record = JSON.parse(json.bytes.toString('utf8')) as CompletionRecord;
      expect(record).toMatchObject({ format: 'sentinelle-completion-record', version: 3, course: { id: 'countering-terrorism' } });
      // Spaced review: every fact answered has its card, and every answer its log entry.
      // (Cards are filed by the fact's kind and id, as questions name facts.)
      const answeredFacts = new Set(record.quizAttempts.flatMap((a) => a.responses.flatMap((r) => record.questions[a.questions[a.questionIds.indexOf(r.questionId)] ?? -1]?.facts ?? [])));
      expect(record.review.cards.map((c) => c.factId).sort()).toEqual([...answeredFacts].sort());
      expect(recordDigest(record)).toBe(record.integrity.digest);
      expect(record.status).toMatchObject({ completion: 'in-progress', lessonsRead: 1, checksTaken: 1 });
      expect(record.quizAttempts.map((a) => a.kind).sort()).toEqual(['final-assessment', 'lesson-check']);
      expect(record.quizAttempts.flatMap((a) => a.responses.map((r) => r.lang))).toEqual(Array(25).fill(lang));
      // Each attempt carries its questions as shown when it started, in both languages, not rebuilt.
      for (const attempt of record.quizAttempts) {
        expect(attempt.questionsRebuilt).toBeUndefined();
        expect(attempt.questions.map((at) => record.questions[at]?.id)).toEqual(attempt.questionIds);
        for (const at of attempt.questions) {
          const prompt = record.texts[record.questions[at]?.prompt ?? -1];
          expect(prompt?.fr).toBeTruthy();
          expect(prompt?.en).toBeTruthy();
        }
      }

      // xAPI: every statement valid, one answer statement per answer.
      const xapi = await exportFile(page, ui[lang].xapi);
      const statements = JSON.parse(xapi.bytes.toString('utf8')) as { verb: { id: string } }[];
      for (const statement of statements) expect(validate(statement)).toEqual([]);
      expect(statements.filter((s) => s.verb.id.endsWith('/answered'))).toHaveLength(25);
      expect(statements.filter((s) => s.verb.id.endsWith('/experienced'))).toHaveLength(1);

      // The certificate: a one-page PDF in this language, with the same record attached.
      const pdf = await exportFile(page, ui[lang].pdf);
      expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const document = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
      expect(document.getPageCount()).toBe(1);
      expect(document.getTitle()).toContain(ui[lang].statement);
      expect(document.getKeywords()).toBe(`sha256:${record.integrity.digest}`);
      expect(attachedRecord(document).integrity.digest).toBe(record.integrity.digest);

      // A fresh browser profile: import the JSON and see the same progress.
      const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL ?? '' });
      const violations = await watchCsp(fresh);
      const other = await fresh.newPage();
      await other.goto(`/${lang}/record`);
      const empty = await progressShown(other);
      expect(empty[0]).not.toBe(ui[lang].progress);
      await other.getByLabel(/\.json/).setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: json.bytes });
      await other.getByRole('button', { name: ui[lang].restore }).click();
      await expectText(other.locator('.record-import').getByRole('status'), ui[lang].restored);
      expect(await progressShown(other)).toEqual(shown);
      // The review cards came with it: the review page knows the facts (nothing due yet today).
      const cardsRestored = await other.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('sentinelle');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('reviewCards').objectStore('reviewCards').count();
              request.onsuccess = () => {
                resolve(request.result);
                open.result.close();
              };
            };
          }),
      );
      expect(cardsRestored).toBe(record.review.cards.length);

      // A broken file, then an edited one: a clear message, and progress untouched.
      await other.getByLabel(/\.json/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: json.bytes.subarray(0, json.bytes.length / 2) });
      await other.getByRole('button', { name: ui[lang].restore }).click();
      await expectText(other.locator('.record-import').getByRole('alert'), ui[lang].notJson);
      const edited = JSON.stringify({ ...record, learner: { ...record.learner, displayName: 'Someone else' } });
      await other.getByLabel(/\.json/).setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
      await other.getByRole('button', { name: ui[lang].restore }).click();
      await expectText(other.locator('.record-import').getByRole('alert'), ui[lang].edited);
      await other.reload();
      expect(await progressShown(other)).toEqual(shown);
      expect(violations).toEqual([]);
      await fresh.close();
    });

    test('the record page shows the rules and refuses a file that is not a record, changing nothing', async ({ page }) => {
      await page.goto(`/${lang}/record`);
      const before = await progressShown(page);
      await page.getByLabel(/\.json/).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
      await page.getByRole('button', { name: ui[lang].restore }).click();
      await expectText(page.locator('.record-import').getByRole('alert'), lang === 'fr' ? /n’est pas un relevé de formation Sentinelle/ : /not a Sentinelle completion record/);
      expect(await progressShown(page)).toEqual(before);
      await page.goto(`/${lang}/certificate`);
      await expect(page.getByRole('heading', { level: 1, name: ui[lang].statement })).toBeVisible();
      // The backup in the settings is the same record.
      await page.goto(`/${lang}/settings`);
      const backup = await exportFile(page, lang === 'fr' ? 'Télécharger mon relevé' : 'Download my record');
      const record = JSON.parse(backup.bytes.toString('utf8')) as CompletionRecord;
      expect(recordDigest(record)).toBe(record.integrity.digest);
    });
  });
}
