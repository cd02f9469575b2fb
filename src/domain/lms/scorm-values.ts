/**
 * The SCORM data model's formats, for 2004 (4th edition) and 1.2: durations, time stamps and the
 * interactions of the final assessment (each answer: what was asked, answered, and whether it
 * was right). Pure: the values the LMS is sent, never the calls.
 */
import type { Lang } from '@/content/course-types';
import { quizId } from '@/domain/course-ids';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';

export type ScormVersion = '2004' | '1.2';

/** SCORM 2004 timeinterval (ISO 8601 duration, hundredths of a second): `PT1H2M3.45S`. */
export function scorm2004Duration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours up to 9999). */
export function scorm12Duration(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis % 100, 2)}`;
}

/** SCORM 2004 time (second,10,0) in UTC, hundredths of a second: `2026-12-01T23:40:05.12Z`. */
export const scorm2004Time = (ms: number) => `${new Date(ms).toISOString().slice(0, 22)}Z`;
/** SCORM 1.2 CMITime: `HH:MM:SS` (UTC). */
export const scorm12Time = (ms: number) => new Date(ms).toISOString().slice(11, 19);

export interface Interaction {
  /** Unique in the course, stable across sessions: `final-<attempt>-q<n>`. */
  id: string;
  type: 'choice' | 'sequencing';
  /** The options chosen (in order, for ordering questions), by their position on screen (1, 2…). */
  response: number[];
  /** The key, by position. */
  correct: number[];
  result: boolean;
  at: number;
  /** The question's prompt in the language it was answered in. */
  description: string;
  lang: Lang;
}

/** SCORM 2004 keeps up to 250 interactions (its smallest permitted maximum). */
export const MAX_INTERACTIONS = 250;

/** The answers of final assessments, oldest first: one interaction each. */
export function finalInteractions(attempts: readonly StoredAttempt[]): Interaction[] {
  const finals = attempts.filter((attempt) => attempt.quizId === quizId({ kind: 'final-assessment' })).sort((a, b) => a.startedAt - b.startedAt);
  return finals
    .flatMap((attempt) =>
      attempt.questions.flatMap((question, n) => {
        const response = attempt.responses[question.id];
        if (!response) return [];
        const position = new Map(question.options.map((option, i) => [option.id, i + 1]));
        const ids = (optionIds: readonly string[]) => optionIds.map((id) => position.get(id) ?? 0);
        const lang = response.lang;
        return [
          {
            id: `final-${attempt.id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40)}-q${n + 1}`,
            type: question.layout === 'ordering' ? ('sequencing' as const) : ('choice' as const),
            response: ids(response.optionIds),
            correct: ids(question.answer),
            result: response.correct ?? false,
            at: response.answeredAt,
            description: question.prompt[lang].replace(/\s+/g, ' ').trim(),
            lang,
          },
        ];
      }),
    )
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_INTERACTIONS);
}

/**
 * The SCORM elements and values of one interaction, at index `n`. Options are named by
 * position: `o1`, `o2`… in 2004 (short identifiers, `[,]` between them); one character each in
 * 1.2 (`1`…`9`, `a`…, commas), as its choice and sequencing formats require.
 */
export function interactionElements(version: ScormVersion, n: number, interaction: Interaction): [string, string][] {
  const base = `cmi.interactions.${n}`;
  if (version === '2004') {
    const ids = (positions: readonly number[]) => positions.map((position) => `o${position}`).join('[,]');
    return [
      [`${base}.id`, interaction.id],
      [`${base}.type`, interaction.type],
      [`${base}.timestamp`, scorm2004Time(interaction.at)],
      [`${base}.correct_responses.0.pattern`, ids(interaction.correct)],
      [`${base}.learner_response`, ids(interaction.response)],
      [`${base}.result`, interaction.result ? 'correct' : 'incorrect'],
      // localized_string_type: a language, then at most 250 characters.
      [`${base}.description`, `{lang=${interaction.lang}}${interaction.description.slice(0, 250)}`],
    ];
  }
  const ids = (positions: readonly number[]) => positions.map((position) => position.toString(36)).join(',');
  return [
    [`${base}.id`, interaction.id],
    [`${base}.type`, interaction.type],
    [`${base}.time`, scorm12Time(interaction.at)],
    [`${base}.correct_responses.0.pattern`, ids(interaction.correct)],
    [`${base}.student_response`, ids(interaction.response)],
    [`${base}.result`, interaction.result ? 'correct' : 'wrong'],
  ];
}
