/** Days as the learner lives them, without the scheduler: the course home counts what is due today with these alone. */

export const DAY_MS = 86_400_000;

/** The end of the learner's day (local midnight), given the time zone offset in minutes (`Date#getTimezoneOffset`). */
export function endOfDay(now: number, timezoneOffsetMinutes: number): number {
  const local = now - timezoneOffsetMinutes * 60_000;
  return Math.floor(local / DAY_MS) * DAY_MS + DAY_MS + timezoneOffsetMinutes * 60_000 - 1;
}
