/**
 * Which IndexedDB database a package launched by an LMS keeps a learner's progress in. An LMS
 * serves every learner's launches from its own origin, and on a shared computer (a training
 * room, a library) several learners use one browser profile: one database for all of them
 * would show one learner's progress to the next and send it to the next one's registration or
 * LMS record. So each LMS learner has a database of their own, named from who the LMS says
 * they are: cmi5's `actor` (its account's home page and name), SCORM's `cmi.learner_id`
 * (`cmi.core.student_id` in 1.2). The name holds a hash of the identity, not the identity
 * itself (an e-mail address would otherwise be listed among the browser's databases). Pure.
 */
import type { Statement } from '@/domain/record/xapi';

/** The prefix of every LMS learner's database (the web site's own is `sentinelle`). */
export const LMS_DATABASE_PREFIX = 'sentinelle-lms-';

/**
 * 64 bits of FNV-1a over the identity's UTF-16 code units, as 16 hex digits: two learners of one
 * LMS would share a database only if their identities collided, odds of about n² / 2⁶⁵. Not a
 * secret (nothing here is): the name only has to differ from learner to learner.
 */
export function identityHash(identity: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < identity.length; index += 1) {
    hash ^= BigInt(identity.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The database of a cmi5 actor, from its account (home page and name: the launch requires one). */
export function cmi5LearnerDatabase(actor: Statement['actor']): string {
  return LMS_DATABASE_PREFIX + identityHash(JSON.stringify(['cmi5', actor.account.homePage, actor.account.name]));
}

/** The database of a SCORM learner (the LMS's learner id); undefined when the LMS gives none (then the device's own database is used). */
export function scormLearnerDatabase(learnerId: string): string | undefined {
  const id = learnerId.trim();
  return id === '' ? undefined : LMS_DATABASE_PREFIX + identityHash(JSON.stringify(['scorm', id]));
}
