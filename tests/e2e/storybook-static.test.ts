// Every story of a freshly built, statically served Storybook, in Chromium: its render, its play
// function and its a11y check (axe at `error`) must pass there too, not only under Vitest. One
// build per run, in a few pages that take turns. A page loads iframe.html once; each later story
// is selected in place through the preview's own channel (as the manager's sidebar does), with
// storage cleared between. A story that does not pass so is run again on a fresh load of
// iframe.html?id=…, and that load's outcome is the one that counts: loading the preview bundle
// for each of ~160 stories took most of this file's time.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from './static-server';
import { launchChromium, root } from './support';

const outDir = join(root, 'storybook-static');
await promisify(execFile)('npm', ['run', 'build-storybook'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
type IndexEntry = { id: string; title: string; name: string; type: 'story' | 'docs' };
const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** What the preview said about one story, as Storybook's channel reports it. */
type Outcome = { status: 'success' | 'error' | 'timeout'; problems: string[] };

let browser: Browser;
let server: StaticServer;
/** Pages not in use; a story waits for one (the machine has few cores: a few pages at a time). */
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];
const PAGES = 3;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(outDir)]);
  for (let i = 0; i < PAGES; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(listenToPreview);
    idle.push(page);
  }
});
afterAll(async () => {
  if (passedOnlyFresh.length)
    console.warn(
      `Passed only on a fresh load (state left by an earlier story?): ${passedOnlyFresh.join(', ')}`,
    );
  await browser?.close();
  await server?.close();
});

async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await use(page);
  } finally {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

/**
 * Runs in the page before its scripts: catches Storybook's channel as the preview installs it,
 * so no event is missed, and records what it says about the story.
 */
function listenToPreview() {
  type Channel = { on(event: string, listener: (payload: unknown) => void): void };
  type Seen = { problems: string[]; finished?: { status: string; reporters: unknown[] } };
  // Read at each event: selecting the next story in place starts a new record.
  const seen = () => (window as unknown as { __storyOutcome: Seen }).__storyOutcome;
  Object.assign(window, { __storyOutcome: { problems: [] } satisfies Seen });
  const describe = (payload: unknown) =>
    typeof payload === 'object' && payload !== null && 'message' in payload
      ? String((payload as { message: unknown }).message)
      : JSON.stringify(payload);
  let channel: Channel | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next: Channel) {
      channel = next;
      if (!next) return;
      for (const event of [
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
        'storyMissing',
      ])
        next.on(event, (payload) => seen().problems.push(`${event}: ${describe(payload)}`));
      next.on('storyFinished', (payload) => {
        seen().finished = payload as Seen['finished'];
      });
    },
  });
}

/**
 * Opens one story and waits for the preview's STORY_FINISHED (emitted after render, play and
 * afterEach — where addon-a11y files its report), with the errors reported on the way.
 */
/** Pages whose preview is loaded: the next story is selected in place. */
const loaded = new WeakSet<Page>();
/** Stories that passed only on a fresh load (reported at the end: a leak between stories). */
const passedOnlyFresh: string[] = [];

async function runStory(id: string): Promise<Outcome> {
  const inPlace = await runStoryOnce(id, false);
  if (inPlace.status === 'success' && inPlace.problems.length === 0) return inPlace;
  const fresh = await runStoryOnce(id, true);
  if (fresh.status === 'success' && fresh.problems.length === 0) passedOnlyFresh.push(id);
  return fresh;
}

function runStoryOnce(id: string, freshLoad: boolean): Promise<Outcome> {
  return withPage(async (page) => {
    const pageErrors: string[] = [];
    const onError = (error: Error) => {
      // A page reused for the next story may still be re-checking MSW's worker from the last one:
      // the browser's update check, not the story.
      if (/^Failed to update a ServiceWorker/.test(error.message)) return;
      pageErrors.push(`page error: ${error.message}`);
    };
    page.on('pageerror', onError);
    try {
      if (freshLoad || !loaded.has(page)) {
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
        loaded.add(page);
      } else {
        await page.evaluate((storyId) => {
          const preview = window as unknown as {
            __storyOutcome: Seen;
            __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void };
          };
          preview.__storyOutcome = { problems: [] };
          preview.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }, id);
      }
      const seen = await page
        .waitForFunction(
          () => {
            const outcome = (window as unknown as { __storyOutcome: { finished?: unknown } }).__storyOutcome;
            return outcome.finished ? outcome : null;
          },
          undefined,
          { timeout: 30_000, polling: 50 },
        )
        .then((handle) => handle.jsonValue() as Promise<Seen>)
        .catch(async () => ({
          ...(await page.evaluate(() => (window as unknown as { __storyOutcome: Seen }).__storyOutcome)),
          finished: undefined,
        }));
      if (!seen.finished) return { status: 'timeout', problems: [...seen.problems, ...pageErrors] };
      const failedReports = seen.finished.reporters
        .filter((report) => report.status === 'failed')
        .map((report) => `${report.type} report failed: ${summarise(report.result)}`);
      return { status: seen.finished.status, problems: [...seen.problems, ...failedReports, ...pageErrors] };
    } finally {
      page.off('pageerror', onError);
    }
  });
}

type Seen = {
  problems: string[];
  finished?: { status: 'success' | 'error'; reporters: { type: string; status: string; result?: unknown }[] };
};

/** An axe result as "rule: help (targets)" lines; anything else as JSON. */
function summarise(result: unknown): string {
  const violations = (
    result as { violations?: { id: string; help: string; nodes: { target: string[] }[] }[] }
  )?.violations;
  if (!violations) return JSON.stringify(result).slice(0, 500);
  return violations
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('; ');
}

describe('static Storybook', () => {
  test('the build lists every story file', () => {
    expect(new Set(stories.map((story) => story.title)).size).toBeGreaterThanOrEqual(8);
  });

  test.concurrent.each(stories.map((story) => [`${story.title} › ${story.name}`, story.id]))(
    '%s',
    async (_name, id) => {
      const outcome = await runStory(id);
      expect(outcome, `story ${id}`).toEqual({ status: 'success', problems: [] });
    },
  );
});
