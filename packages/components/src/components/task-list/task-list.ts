import { nothing, type PropertyDeclarations } from 'lit';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { headingTag } from '../../base/heading.js';
import { safeHref } from '../../base/url.js';
import type { MessageKey } from '../../i18n/types.js';
import type { TagColor } from '../tag/tag.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { taskListStyles } from './task-list.styles.js';

export { PolisTask } from './task.js';
export { PolisTaskGroup } from './task-group.js';

/** The statuses a task can have. */
export const TASK_LIST_STATUSES = [
  'completed',
  'in-progress',
  'not-started',
  'cannot-start',
  'incomplete',
  'error',
] as const;
export type TaskListStatus = (typeof TASK_LIST_STATUSES)[number];

/** How each status is shown: its translated text, and the colour of its tag (none: plain text). */
export const TASK_LIST_STATUS_DISPLAY: Readonly<
  Record<TaskListStatus, { key: MessageKey; tag: TagColor | null; startable: boolean }>
> = {
  completed: { key: 'taskListStatusCompleted', tag: null, startable: true },
  'in-progress': { key: 'taskListStatusInProgress', tag: 'light-blue', startable: true },
  'not-started': { key: 'taskListStatusNotStarted', tag: 'blue', startable: true },
  'cannot-start': { key: 'taskListStatusCannotStart', tag: 'grey', startable: false },
  incomplete: { key: 'taskListStatusIncomplete', tag: 'blue', startable: true },
  error: { key: 'taskListStatusError', tag: 'red', startable: true },
};

const TASK = 'polis-task';
const GROUP = 'polis-task-group';
/** Attributes of the list's children that change what it draws. */
const WATCHED = ['href', 'status', 'hint', 'heading', 'heading-level'];

interface Task {
  element: Element;
  name: string;
  href: string | undefined;
  hint: string;
  status: TaskListStatus;
}

interface Section {
  /** The `polis-task-group`, or null for tasks written directly in the list. */
  group: Element | null;
  heading: string;
  tasks: Task[];
}

const text = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * A list of the tasks people must complete, each with its status, as on a task list page
 * ("Apply for a licence: company details, contact details, pay").
 *
 * Write `polis-task` children, optionally in `polis-task-group` sections with headings. The
 * list reads them and draws, in its own shadow root, a real list (`<ul>`, one `<li>` per task)
 * with a heading per section. A task that can be started is a link; its accessible
 * description is its hint and its status, so screen-reader users hear "Company details, link,
 * Not yet started". The whole row reacts to the pointer, but only the link takes focus.
 *
 * Statuses are translated: "Completed" is plain text, the others are tags. With
 * `show-summary`, a line above the list says how many tasks are completed ("You have
 * completed 2 of 5 sections"), counted from the tasks.
 *
 * The list re-draws when its tasks, their text or their attributes change.
 *
 * @summary Shows the tasks people must complete, each with a status and, when it can be started, a link.
 * @status stable
 * @since 0.2.0
 *
 * @slot - `polis-task` elements, or `polis-task-group` sections of them. They are read, not shown: the list draws them.
 * @csspart base - The box around the summary and the lists.
 * @csspart summary - The line "You have completed 2 of 5 sections".
 * @csspart group-heading - The heading of a section.
 * @csspart list - A `<ul>` of tasks (one per section).
 * @csspart task - One row, an `<li>`.
 * @csspart link - The task's name as a link.
 * @csspart name - The task's name when it is not a link.
 * @csspart hint - The task's hint.
 * @csspart status - The box that holds the task's status.
 * @csspart tag - The `polis-tag` of a status shown as a tag.
 */
export class PolisTaskList extends PolisElement {
  static override tagName = 'polis-task-list';

  static override styles = [baseStyles, taskListStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    showSummary: { type: Boolean, attribute: 'show-summary', reflect: true },
  };

  /** Shows, above the list, how many tasks are completed: "You have completed 2 of 5 sections". */
  declare showSummary: boolean;

  private observer?: MutationObserver;

  constructor() {
    super();
    this.showSummary = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readTask(element: Element): Task {
    const link = element.querySelector('a[href]');
    const name = text((link ?? element).textContent);
    if (!name) this.warn('no-name', 'has a <polis-task> with no text; write the task’s name inside it.');
    const status = oneOf(
      element,
      'status',
      element.getAttribute('status'),
      TASK_LIST_STATUSES,
      'not-started',
    );
    return {
      element,
      name,
      href: safeHref(element, element.getAttribute('href') ?? link?.getAttribute('href')),
      hint: text(element.getAttribute('hint')),
      status,
    };
  }

  /** The sections to draw: each group, and each run of tasks written directly in the list. */
  private readSections(): Section[] {
    const sections: Section[] = [];
    let loose: Section | null = null;
    for (const child of this.children) {
      if (child.localName === GROUP) {
        loose = null;
        sections.push({
          group: child,
          heading: text(child.getAttribute('heading')),
          tasks: [...child.children].filter((c) => c.localName === TASK).map((c) => this.readTask(c)),
        });
      } else if (child.localName === TASK) {
        if (!loose) {
          loose = { group: null, heading: '', tasks: [] };
          sections.push(loose);
        }
        loose.tasks.push(this.readTask(child));
      }
    }
    return sections;
  }

  private renderStatus(task: Task, id: string) {
    const display = TASK_LIST_STATUS_DISPLAY[task.status];
    const label = this.localize.term(display.key);
    return html`<div part="status" class="status status--${task.status}" id=${id}>
      ${
        display.tag
          ? html`<polis-tag part="tag" class="tag" color=${display.tag}>${label}</polis-tag>`
          : label
      }
    </div>`;
  }

  private renderTask(task: Task, index: number) {
    const hintId = `task-${index}-hint`;
    const statusId = `task-${index}-status`;
    const linked = Boolean(task.href) && TASK_LIST_STATUS_DISPLAY[task.status].startable;
    const describedBy = task.hint ? `${hintId} ${statusId}` : statusId;
    return html`<li part="task" class="task ${linked ? 'task--link' : ''}">
      <div class="name-and-hint">
        ${
          linked
            ? html`<a part="link" class="link" href=${task.href!} aria-describedby=${describedBy}
                >${task.name}</a
              >`
            : html`<div part="name" class="name">${task.name}</div>`
        }
        ${task.hint ? html`<div part="hint" class="hint" id=${hintId}>${task.hint}</div>` : nothing}
      </div>
      ${this.renderStatus(task, statusId)}
    </li>`;
  }

  private renderHeading(section: Section) {
    if (!section.heading || !section.group) return nothing;
    const tag = headingTag(section.group, section.group.getAttribute('heading-level') ?? undefined, '2');
    // The tag is a lit/static-html literal from headingTag() (h1 to h6, never user input).
    /* eslint-disable lit/binding-positions, lit/no-invalid-html */
    return html`<${tag} part="group-heading" class="group-heading">${section.heading}</${tag}>`;
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  }

  protected override render() {
    const sections = this.readSections();
    const tasks = sections.flatMap((section) => section.tasks);
    const done = tasks.filter((task) => task.status === 'completed').length;
    let index = 0;
    return html`<div part="base" class="task-list">
      ${
        this.showSummary && tasks.length
          ? html`<p part="summary" class="summary">
              ${this.localize.term('taskListSummary', { done, total: tasks.length, count: tasks.length })}
            </p>`
          : nothing
      }
      ${sections.map(
        (section) =>
          html`${this.renderHeading(section)}
          ${
            section.tasks.length
              ? html`<ul part="list" class="list" role="list">
                  ${section.tasks.map((task) => this.renderTask(task, index++))}
                </ul>`
              : nothing
          }`,
      )}
    </div>`;
  }
}
