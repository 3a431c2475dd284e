import '../tag/define.js';
import { PolisTask } from './task.js';
import { PolisTaskGroup } from './task-group.js';
import { PolisTaskList } from './task-list.js';

// The children first, so the list finds them upgraded when it first renders.
PolisTask.define();
PolisTaskGroup.define();
PolisTaskList.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-task-list': PolisTaskList;
    'polis-task-group': PolisTaskGroup;
    'polis-task': PolisTask;
  }
}

export { PolisTask, PolisTaskGroup, PolisTaskList };
