// Lets progress writes queue the xAPI statements they cause in their own transaction, when an
// LRS is set: src/features/lrs registers a statement maker (it needs the course outline) and
// removes it when no LRS is set; this layer only knows whether it has one. Making statements
// never costs the learner a save: if it fails, the change is saved, and the history is queued
// again later (`historyPending`).
import type { StatementMaker } from '@/domain/lrs/statements-for-change';
import type { QuizAttemptRow, ReviewSessionRow, SentinelleDb } from './db';
import { queueInTransaction } from './outbox-repository';

let current: StatementMaker | null = null;

/** Called by the sender when an LRS is set (a maker) or removed (null). */
export function setStatementMaker(next: StatementMaker | null): void {
  current = next;
}

/**
 * What a progress write needs to queue its statements: the maker as it is now (kept for the
 * whole write, even if an LRS is set or removed meanwhile) and the tables to open with it.
 */
export function outboxFor(db: SentinelleDb): { maker: StatementMaker | null; tables: (typeof db.outbox | typeof db.profile | typeof db.deployment | typeof db.delivery)[] } {
  const maker = current;
  return { maker, tables: maker ? [db.outbox, db.profile, db.deployment, db.delivery] : [] };
}

/** The learner's xAPI account as the organisation knows it (the site's home page, their organisation id). */
export function accountOf(profile: { organisationId?: string } | undefined, deployment: { actorHomePage?: string } | undefined): { homePage?: string; name?: string } {
  return { ...(deployment?.actorHomePage ? { homePage: deployment.actorHomePage } : {}), ...(profile?.organisationId ? { name: profile.organisationId } : {}) };
}

async function learnerOf(db: SentinelleDb) {
  const [profile, deployment] = await Promise.all([db.profile.get('learner'), db.deployment.get('deployment')]);
  return profile ? { profile, account: accountOf(profile, deployment) } : undefined;
}

/** Statements could not be made: the change is saved anyway, and the history is queued again later. */
async function rememberToRequeue(db: SentinelleDb, error: unknown): Promise<void> {
  console.error('Sentinelle: statements for the LRS could not be made; they will be queued again', error);
  const delivery = (await db.delivery.get('lrs')) ?? { id: 'lrs' as const, failures: 0, notBefore: 0 };
  await db.delivery.put({ ...delivery, historyPending: true });
}

/** Inside the transaction that saved an answer (opened with outboxFor's tables). */
export async function queueAnswerStatement(db: SentinelleDb, maker: StatementMaker | null, attempt: QuizAttemptRow, questionId: string, now: number): Promise<void> {
  if (!maker) return;
  const learner = await learnerOf(db);
  if (!learner) return;
  let statements;
  try {
    statements = maker.answer(learner, attempt, questionId, now);
  } catch (error) {
    return rememberToRequeue(db, error);
  }
  await queueInTransaction(db.outbox, statements, now);
}

/** Inside the transaction that saved a review answer (opened with outboxFor's tables). */
export async function queueReviewAnswerStatement(db: SentinelleDb, maker: StatementMaker | null, session: ReviewSessionRow, questionId: string, now: number): Promise<void> {
  if (!maker) return;
  const learner = await learnerOf(db);
  if (!learner) return;
  let statements;
  try {
    statements = maker.reviewAnswer(learner, session, questionId, now);
  } catch (error) {
    return rememberToRequeue(db, error);
  }
  await queueInTransaction(db.outbox, statements, now);
}

/**
 * Inside the transaction that read a lesson, finished a quiz or imported a record (opened with
 * outboxFor's tables and the progress tables): the lesson, quiz and course statements the state
 * gives that the outbox lacks (the course's completion and result included). Answers are queued
 * one by one as they are given (and by an import's `withAnswers`, review answers included: that
 * transaction holds the review sessions).
 */
export async function queueProgressStatements(db: SentinelleDb, maker: StatementMaker | null, now: number, options: { withAnswers?: boolean } = {}): Promise<void> {
  if (!maker) return;
  const learner = await learnerOf(db);
  if (!learner) return;
  const [lessons, attempts, sessions] = await Promise.all([db.lessonProgress.toArray(), db.quizAttempts.toArray(), options.withAnswers ? db.reviewSessions.toArray() : []]);
  let statements;
  try {
    statements = options.withAnswers ? maker.all(learner, lessons, attempts, now, sessions) : maker.progress(learner, lessons, attempts, now);
  } catch (error) {
    return rememberToRequeue(db, error);
  }
  await queueInTransaction(db.outbox, statements, now);
}
