import { holdLock, type LocksLike } from './locks';
import type { TopUpOutcome } from './types';

/** A top-up some tab made that did not fail: what a later press in another tab compares against. */
export type Landed = { seq: number; tab: string; outcome: TopUpOutcome };

const KEPT = 10;
/** How long a landed charge is told through a lock: far longer than storage takes to reach a tab. */
const TOLD_MS = 30_000;

export type LandedTopUpsOptions = {
  /** The list as stored (localStorage), or undefined. */
  read: () => Landed[] | undefined;
  /** Stores the list; absent without storage (the list is then what this tab heard). */
  write?: (entries: Landed[]) => void;
  locks: LocksLike | null;
  /** Lock names that tell a landed charge start with this. */
  lockPrefix: string;
  /** Ends the locks this tab holds to tell its charges (the tab sync closed). */
  signal: AbortSignal;
};

/**
 * The account's recent top-ups, as every tab of one origin knows them: in localStorage where there
 * is one, else as this tab heard of them.
 *
 * Storage alone cannot tell the next tab to take the charge lock what the last one charged:
 * Chromium copies a write to the other tabs' processes a moment later, so a tab granted the lock
 * right after another may not see that charge yet, and charge again (seen under load). Locks are
 * one view for every tab, kept by the browser: so a charge that landed is also told as a lock named
 * after it and held for a while (`tell`), which the next holder of the charge lock reads at once
 * (`listNow`).
 */
export function createLandedTopUps({ read, write, locks, lockPrefix, signal }: LandedTopUpsOptions) {
  let heard: Landed[] = [];
  const list = (): Landed[] => (write ? (read() ?? []) : heard);
  const newestSeq = (entries = list()) => entries.reduce((max, entry) => Math.max(max, entry.seq), 0);

  const remember = (entry: Landed) => {
    const key = entry.outcome.idempotencyKey;
    heard = [...list().filter((known) => known.outcome.idempotencyKey !== key), entry].slice(-KEPT);
    write?.(heard);
  };

  /** Tells `entry` to every tab; resolves once they can read it (call before releasing the charge lock). */
  const tell = async (entry: Landed): Promise<void> => {
    if (!locks?.query) return;
    const release = await holdLock(locks, `${lockPrefix}${JSON.stringify(entry)}`, signal);
    if (release) setTimeout(release, TOLD_MS);
  };

  /** Every tab's, including those whose storage write has not reached this tab yet. */
  const listNow = async (): Promise<Landed[]> => {
    const known = [...list()];
    let held: { name?: string }[] = [];
    try {
      held = (await locks?.query?.())?.held ?? [];
    } catch {}
    for (const { name } of held) {
      if (!name?.startsWith(lockPrefix)) continue;
      try {
        const entry = JSON.parse(name.slice(lockPrefix.length)) as Landed;
        const key = entry.outcome?.idempotencyKey;
        if (key && !known.some((l) => l.outcome.idempotencyKey === key)) known.push(entry);
      } catch {} // a lock of that name some other code holds: not ours to read
    }
    return known.sort((a, b) => a.seq - b.seq);
  };

  return { list, newestSeq, remember, tell, listNow };
}
