/**
 * The events of the proactive-service elements. The prompt's announce an intent, so each is
 * cancelable: call `preventDefault()` to stop the prompt from acting (following the link,
 * hiding itself). They bubble and cross shadow roots, so a page can listen on `document`.
 */

/** What every prompt event carries. */
export interface PromptEventDetail {
  /** The id of the offer the prompt shows. */
  offerId: string;
}

/** `polis-prompt-accept`: a person chose the prompt's primary action. */
export interface PromptAcceptDetail extends PromptEventDetail {
  /** Where the link goes, or `null` for a button (handle the event to act). */
  href: string | null;
}

/** `polis-prompt-snooze`: a person chose "Not now". */
export interface PromptSnoozeDetail extends PromptEventDetail {
  /** How many days the prompt will be hidden for. */
  days: number;
}

const init = { bubbles: true, composed: true, cancelable: true } as const;

/**
 * Fired before the primary action is followed. Cancel it to stop the link (for example to
 * start the service in the page instead).
 */
export class PolisPromptAcceptEvent extends CustomEvent<PromptAcceptDetail> {
  static readonly type = 'polis-prompt-accept';

  constructor(detail: PromptAcceptDetail) {
    super(PolisPromptAcceptEvent.type, { ...init, detail });
  }
}

/** Fired before "Not now" hides the prompt. Cancel it to keep the prompt. */
export class PolisPromptSnoozeEvent extends CustomEvent<PromptSnoozeDetail> {
  static readonly type = 'polis-prompt-snooze';

  constructor(detail: PromptSnoozeDetail) {
    super(PolisPromptSnoozeEvent.type, { ...init, detail });
  }
}

/** Fired before "Don't show me this again" hides the prompt. Cancel it to keep the prompt. */
export class PolisPromptDismissEvent extends CustomEvent<PromptEventDetail> {
  static readonly type = 'polis-prompt-dismiss';

  constructor(detail: PromptEventDetail) {
    super(PolisPromptDismissEvent.type, { ...init, detail });
  }
}

/** What `polis-proactive-change` carries: the person's choices after the change. */
export interface ProactiveChangeDetail {
  enabled: boolean;
  dismissed: readonly string[];
  snoozed: readonly { id: string; until: number }[];
}

/**
 * Fired by `polis-proactive-preferences` after a person changes a setting there (turns
 * suggestions on or off, shows a hidden offer again). Not cancelable: the change is made.
 */
export class PolisProactiveChangeEvent extends CustomEvent<ProactiveChangeDetail> {
  static readonly type = 'polis-proactive-change';

  constructor(detail: ProactiveChangeDetail) {
    super(PolisProactiveChangeEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-prompt-accept': PolisPromptAcceptEvent;
    'polis-prompt-snooze': PolisPromptSnoozeEvent;
    'polis-prompt-dismiss': PolisPromptDismissEvent;
    'polis-proactive-change': PolisProactiveChangeEvent;
  }
}
