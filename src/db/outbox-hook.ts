// Lets progress writes queue the xAPI statements they cause in their own transaction, when an
// LRS is set: src/features/lrs registers a statement maker (it needs the course outline) and
// removes it when no LRS is set; this layer only knows whether it has one.
import type { StatementMaker } from '@/domain/lrs/statements-for-change';
import type { QuizAttemptRow, SentinelleDb } from './db';
import { queueInTransaction } from './outbox-repository';

let maker: StatementMaker | null = null;

/** Called by the sender when an LRS is set (a maker) or removed (null). */
export function setStatementMaker(next: StatementMaker | null): void {
  maker = next;
}

/** The tables a progress write must also open to queue its statements. */
export function outboxTables(db: SentinelleDb) {
  return maker ? [db.outbox, db.profile, db.deployment] : [];
}

async function learnerOf(db: SentinelleDb) {
  const [profile, deployment] = await Promise.all([db.profile.get('learner'), db.deployment.get('deployment')]);
  if (!profile) return undefined;
  const account = { ...(deployment?.actorHomePage ? { homePage: deployment.actorHomePage } : {}), ...(profile.organisationId ? { name: profile.organisationId } : {}) };
  return { profile, account };
}

/** Inside the transaction that saved an answer (opened with outboxTables). */
export async function queueAnswerStatement(db: SentinelleDb, attempt: QuizAttemptRow, questionId: string, now: number): Promise<void> {
  if (!maker) return;
  const learner = await learnerOf(db);
  if (learner) await queueInTransaction(db.outbox, maker.answer(learner, attempt, questionId, now), now);
}

/**
 * Inside the transaction that read a lesson or finished a quiz (opened with outboxTables and the
 * progress tables): everything the state gives that the outbox lacks, the course's completion and
 * result included.
 */
export async function queueProgressStatements(db: SentinelleDb, now: number): Promise<void> {
  if (!maker) return;
  const learner = await learnerOf(db);
  if (!learner) return;
  const [lessons, attempts] = await Promise.all([db.lessonProgress.toArray(), db.quizAttempts.toArray()]);
  await queueInTransaction(db.outbox, maker.all(learner, lessons, attempts, now), now);
}
