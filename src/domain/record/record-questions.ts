/**
 * How a record carries the questions of its attempts: each distinct question (id, type,
 * layout, options, key, facts, source) once, in the record's `questions`, and each distinct
 * text (prompt, option, explanation, in French and English) once, in its `texts`; attempts and
 * questions refer to them by index. The same questions and prompts come back attempt after
 * attempt (10,000 answers hold about 5,400 distinct questions and 1,600 distinct texts), so the
 * file stays a few megabytes instead of twenty-odd, and builds in a fraction of the time.
 */
import type { LocalizedText } from '@/content/course-types';
import type { StoredQuestion } from '@/domain/attempt/stored-attempt';
import type { RecordQuestion } from './record-schema';

/** Collects distinct texts in the order first met; `ref` gives a text's index. */
export class TextTable {
  readonly texts: LocalizedText[] = [];
  // French text, then English text: no concatenated key to build and hash for each lookup.
  private readonly index = new Map<string, Map<string, number>>();

  ref(text: LocalizedText): number {
    let byEn = this.index.get(text.fr);
    if (!byEn) this.index.set(text.fr, (byEn = new Map()));
    let at = byEn.get(text.en);
    if (at === undefined) {
      at = this.texts.length;
      this.texts.push({ fr: text.fr, en: text.en });
      byEn.set(text.en, at);
    }
    return at;
  }
}

/** Collects distinct questions (texts by index) in the order first met; `ref` gives a question's index. */
export class QuestionTable {
  readonly texts = new TextTable();
  readonly questions: RecordQuestion[] = [];
  private readonly index = new Map<string, number>();

  ref(question: StoredQuestion): number {
    // The key is made of the question's structure and its texts' indexes: short, and built
    // without packing a question already met.
    const texts = this.texts;
    const options = question.options.map((option) => `${option.id}\u0002${texts.ref(option.text)}`).join('\u0003');
    const source = question.source;
    const scenario = question.situation ? [texts.ref(question.situation), ...Object.entries(question.rationales ?? {}).map(([id, reason]) => `${id}\u0002${texts.ref(reason)}`), ...(question.sources ?? []).map((ref) => `${ref.unitId}/${ref.lessonId}#${ref.sectionId ?? ''}`)].join('\u0003') : '';
    const key = [question.id, question.type, question.layout, texts.ref(question.prompt), texts.ref(question.explanation), options, question.answer.join('\u0002'), question.facts.join('\u0002'), source.unitId, source.lessonId, source.sectionId ?? '', scenario].join('\u0001');
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.questions.length;
      this.questions.push(packQuestion(question, texts));
      this.index.set(key, at);
    }
    return at;
  }
}

export function packQuestion(question: StoredQuestion, table: TextTable): RecordQuestion {
  return {
    id: question.id,
    type: question.type,
    layout: question.layout,
    prompt: table.ref(question.prompt),
    options: question.options.map((option) => ({ id: option.id, text: table.ref(option.text) })),
    answer: [...question.answer],
    explanation: table.ref(question.explanation),
    facts: [...question.facts],
    source: { ...question.source },
    ...(question.situation ? { situation: table.ref(question.situation) } : {}),
    ...(question.rationales ? { rationales: Object.fromEntries(Object.entries(question.rationales).map(([id, reason]) => [id, table.ref(reason)])) } : {}),
    ...(question.sources ? { sources: question.sources.map((ref) => ({ ...ref })) } : {}),
  };
}

const EMPTY: LocalizedText = { fr: '', en: '' };

/** A record's question with its texts (indexes were checked when the record was read). */
export function unpackQuestion(question: RecordQuestion, texts: readonly LocalizedText[]): StoredQuestion {
  const text = (at: number) => texts[at] ?? EMPTY;
  return {
    id: question.id,
    type: question.type,
    layout: question.layout,
    prompt: text(question.prompt),
    options: question.options.map((option) => ({ id: option.id, text: text(option.text) })),
    answer: [...question.answer],
    explanation: text(question.explanation),
    facts: [...question.facts],
    source: { ...question.source },
    ...(question.situation !== undefined ? { situation: text(question.situation) } : {}),
    ...(question.rationales ? { rationales: Object.fromEntries(Object.entries(question.rationales).map(([id, at]) => [id, text(at)])) } : {}),
    ...(question.sources ? { sources: question.sources.map((ref) => ({ ...ref })) } : {}),
  };
}

/** Every text index a question refers to. */
export const textRefs = (question: RecordQuestion): number[] => [
  question.prompt,
  question.explanation,
  ...question.options.map((option) => option.text),
  ...(question.situation !== undefined ? [question.situation] : []),
  ...Object.values(question.rationales ?? {}),
];
