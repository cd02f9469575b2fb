// The learner profile: an anonymous id, the name for the certificate, the language, and the
// last place they were (for "Continue"). One row; created on first use.
import type { Lang } from '@/content/course-types';
import type { LrsDestination, Place, ProfileRow } from './db';
import { getDb, safeWrite } from './storage';

export function getProfile(): Promise<ProfileRow | undefined> {
  return getDb().profile.get('learner');
}

async function updateProfile(change: (profile: ProfileRow) => void, lang: Lang, now: number): Promise<boolean> {
  const db = getDb();
  return safeWrite(() =>
    db.transaction('rw', db.profile, async () => {
      const profile = (await db.profile.get('learner')) ?? { id: 'learner' as const, learnerId: crypto.randomUUID(), displayName: '', lang, createdAt: now, updatedAt: now };
      change(profile);
      profile.updatedAt = now;
      await db.profile.put(profile);
    }),
  );
}

/** Remembers where the learner is; an older place never replaces a newer one (other tabs). */
export function saveLastPlace(place: Place): Promise<boolean> {
  return updateProfile(
    (profile) => {
      if (!profile.lastPlace || profile.lastPlace.at <= place.at) profile.lastPlace = place;
      profile.lang = place.lang;
    },
    place.lang,
    place.at,
  );
}

export function saveDisplayName(displayName: string, lang: Lang, now: number): Promise<boolean> {
  return updateProfile((profile) => {
    // By code point: cutting between the two halves of an emoji would leave invalid text.
    profile.displayName = [...displayName.trim()].slice(0, 120).join('');
  }, lang, now);
}

/** The learner's own LRS (null removes it) and organisation identifier ('' removes it). */
export function saveLearnerLrs(settings: { lrs: LrsDestination | null; organisationId: string }, lang: Lang, now: number): Promise<boolean> {
  return updateProfile(
    (profile) => {
      if (settings.lrs) profile.lrs = settings.lrs;
      else delete profile.lrs;
      const organisationId = [...settings.organisationId.trim()].slice(0, 200).join('');
      if (organisationId) profile.organisationId = organisationId;
      else delete profile.organisationId;
    },
    lang,
    now,
  );
}
