/**
 * The xAPI statements a progress change causes, made the same way as the record's export
 * (`recordStatements`), so a statement queued when it happened has the id it has in any later
 * export. An answer's statement depends on its attempt alone, so it is made from that attempt
 * (cheap, on every answer); a lesson read or a quiz finished may complete or pass the course,
 * so those are made from the whole state.
 */
import type { CourseOutline, Lang } from '@/content/course-types';
import type { StoredAttempt } from '@/domain/attempt/stored-attempt';
import { buildRecordContent, type StoredLessonProgress, type StoredProfile } from '@/domain/record/build-record';
import { outlineDescriptions, recordStatements, type Statement, type XapiOptions } from '@/domain/record/xapi';
import type { StoredReviewSession } from '@/domain/review/review-session';

export interface StatementContext {
  courseId: string;
  contentVersion: string;
  build: string;
  outlines: Record<Lang, CourseOutline>;
  /** The https base of activity ids. */
  base: string;
}

export interface LearnerAccount {
  profile: StoredProfile;
  /** The learner's account as the organisation knows it. */
  account?: XapiOptions['account'];
}

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';

export function statementMaker(context: StatementContext) {
  const descriptions = outlineDescriptions(context.outlines);
  const statements = (learner: LearnerAccount, lessonProgress: readonly StoredLessonProgress[], attempts: readonly StoredAttempt[], now: number, sessions: readonly StoredReviewSession[] = []): Statement[] =>
    recordStatements(buildRecordContent({ ...context, profile: learner.profile, lessonProgress, attempts, review: { cards: [], log: [], sessions }, now }), { base: context.base, descriptions, ...(learner.account ? { account: learner.account } : {}) });
  return {
    /** The `answered` statement of one answer. */
    answer(learner: LearnerAccount, attempt: StoredAttempt, questionId: string, now: number): Statement[] {
      const response = attempt.responses[questionId];
      if (!response) return [];
      return statements(learner, [], [{ ...attempt, responses: { [questionId]: response } }], now).filter((statement) => statement.verb.id === ANSWERED);
    },
    /** The `answered` statement of one answer in a review session (marked as review, as in the export). */
    reviewAnswer(learner: LearnerAccount, session: StoredReviewSession, questionId: string, now: number): Statement[] {
      const response = Object.hasOwn(session.responses, questionId) ? session.responses[questionId] : undefined;
      if (!response) return [];
      const review = { cards: [], log: [], sessions: [{ ...session, responses: { [questionId]: response } }] };
      return recordStatements(buildRecordContent({ ...context, profile: learner.profile, lessonProgress: [], attempts: [], review, now }), {
        base: context.base,
        descriptions,
        ...(learner.account ? { account: learner.account } : {}),
      }).filter((statement) => statement.verb.id === ANSWERED);
    },
    /**
     * The lesson, quiz and course statements of the history, without the answers (queued one by
     * one): attempts go in without their questions, so nothing is packed or hashed per answer.
     */
    progress(learner: LearnerAccount, lessonProgress: readonly StoredLessonProgress[], attempts: readonly StoredAttempt[], now: number): Statement[] {
      return statements(learner, lessonProgress, attempts.map((attempt) => ({ ...attempt, questions: [] })), now).filter((statement) => statement.verb.id !== ANSWERED);
    },
    /** Every statement the learner's history gives, review answers included (the outbox keeps only those it lacks). */
    all(learner: LearnerAccount, lessonProgress: readonly StoredLessonProgress[], attempts: readonly StoredAttempt[], now: number, sessions: readonly StoredReviewSession[] = []): Statement[] {
      return statements(learner, lessonProgress, attempts, now, sessions);
    },
  };
}

export type StatementMaker = ReturnType<typeof statementMaker>;
