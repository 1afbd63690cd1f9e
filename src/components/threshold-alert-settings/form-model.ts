import type { AutoRechargeCharge, TestAlertResult } from '../../core';
import { thresholdKey } from './validate';

/**
 * The form's model, apart from its markup (as zag's machines are): everything the form does
 * besides the settings themselves (those are the controllable value). Pure: a reducer over named
 * events, and `formStatus`, the finite state the root shows in `data-state`.
 */

/** What the form is doing, in its root's `data-state`. */
export type ThresholdAlertSettingsState =
  | 'loading'
  | 'error'
  | 'idle'
  | 'dirty'
  | 'invalid'
  | 'saving'
  | 'saved'
  | 'failed';

export type LoadStatus = 'idle' | 'loading' | 'error';
export type SavePhase = 'idle' | 'saving' | 'saved' | 'failed';
export type TestAlertState = { state: 'idle' | 'sending' | 'sent' | 'failed'; reason?: string };

export type FormModel = {
  load: LoadStatus;
  /** Bumped by "Try again" after a failed load: the load effect runs again. */
  loadAttempt: number;
  phase: SavePhase;
  /** The server's words after a failed save. */
  failure?: string;
  /** The user changed something since the last load or save. */
  edited: boolean;
  /** What the user typed into money and email fields, kept even when it does not parse. */
  drafts: Record<string, string>;
  /** Errors are shown after the first refused save or test, then follow every edit. */
  showErrors: boolean;
  /** Bumped on every refusal: the error summary takes focus each time. */
  summaryFocusRequest: number;
  /** A control id to focus after the next render (rows added and removed). */
  focusTarget?: string;
  test: TestAlertState;
  /** The automatic charge the last save made at once (its receipt), until the next edit. */
  receipt?: AutoRechargeCharge;
};

export type FormEvent =
  | { type: 'load.started' }
  | { type: 'load.succeeded' }
  | { type: 'load.failed' }
  | { type: 'load.retried' }
  /** A change to the settings (`resetTest`: a test result no longer describes them). */
  | { type: 'edited'; resetTest: boolean }
  | { type: 'draft.typed'; key: string; text: string }
  | { type: 'threshold.added'; index: number; focus: string }
  | { type: 'threshold.removed'; index: number; focus: string }
  | { type: 'focus.moved' }
  | { type: 'refused' }
  | { type: 'save.started' }
  | { type: 'save.succeeded'; receipt?: AutoRechargeCharge }
  | { type: 'save.failed'; reason?: string }
  | { type: 'test.started' }
  | { type: 'test.finished'; result: TestAlertResult }
  | { type: 'test.failed'; reason?: string };

export function initialFormModel(needsLoad: boolean): FormModel {
  return {
    load: needsLoad ? 'loading' : 'idle',
    loadAttempt: 0,
    phase: 'idle',
    edited: false,
    drafts: {},
    showErrors: false,
    summaryFocusRequest: 0,
    test: { state: 'idle' },
  };
}

const THRESHOLD_DRAFT = /^threshold-(\d+)$/;

/** Later rows move up one place when a row goes: so do their drafts. */
function dropThresholdDraft(drafts: Record<string, string>, removed: number): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [key, text] of Object.entries(drafts)) {
    const match = THRESHOLD_DRAFT.exec(key);
    const index = match ? Number(match[1]) : -1;
    if (index === removed) continue;
    next[index > removed ? thresholdKey(index - 1) : key] = text;
  }
  return next;
}

/** An edit leaves "saved" behind: the message would no longer be true. */
const afterEdit = (model: FormModel, resetTest: boolean): FormModel => ({
  ...model,
  edited: true,
  phase: model.phase === 'saved' ? 'idle' : model.phase,
  receipt: undefined,
  test: resetTest ? { state: 'idle' } : model.test,
});

export function formReducer(model: FormModel, event: FormEvent): FormModel {
  switch (event.type) {
    case 'load.started':
      return { ...model, load: 'loading' };
    case 'load.succeeded':
      return { ...model, load: 'idle' };
    case 'load.failed':
      return { ...model, load: 'error' };
    case 'load.retried':
      return { ...model, loadAttempt: model.loadAttempt + 1 };
    case 'edited':
      return afterEdit(model, event.resetTest);
    case 'draft.typed':
      return { ...model, drafts: { ...model.drafts, [event.key]: event.text } };
    case 'threshold.added':
      // Starts empty: the user chooses the amount, we never guess one.
      return {
        ...model,
        drafts: { ...model.drafts, [thresholdKey(event.index)]: '' },
        focusTarget: event.focus,
      };
    case 'threshold.removed':
      return { ...model, drafts: dropThresholdDraft(model.drafts, event.index), focusTarget: event.focus };
    case 'focus.moved':
      return { ...model, focusTarget: undefined };
    case 'refused':
      return { ...model, showErrors: true, summaryFocusRequest: model.summaryFocusRequest + 1 };
    case 'save.started':
      return { ...model, showErrors: false, phase: 'saving', failure: undefined };
    case 'save.succeeded':
      return { ...model, drafts: {}, edited: false, phase: 'saved', receipt: event.receipt };
    case 'save.failed':
      // The form keeps every value and draft: nothing typed is lost.
      return { ...model, phase: 'failed', failure: event.reason };
    case 'test.started':
      return { ...model, test: { state: 'sending' } };
    case 'test.finished':
      return {
        ...model,
        test: event.result.ok ? { state: 'sent' } : { state: 'failed', reason: event.result.message },
      };
    case 'test.failed':
      return { ...model, test: { state: 'failed', reason: event.reason } };
  }
}

/** The one finite state the root shows, from the model and what the form holds now. */
export function formStatus(
  model: FormModel,
  { hasSettings, hasErrors }: { hasSettings: boolean; hasErrors: boolean },
): ThresholdAlertSettingsState {
  if (!hasSettings && model.load === 'loading') return 'loading';
  if (!hasSettings && model.load === 'error') return 'error';
  if (model.phase === 'saving') return 'saving';
  if (hasErrors) return 'invalid';
  if (model.phase === 'failed') return 'failed';
  if (model.phase === 'saved') return 'saved';
  return model.edited ? 'dirty' : 'idle';
}

/** Server text, shown as text and never too long. */
export function reasonOf(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim().slice(0, 300) || undefined;
}
