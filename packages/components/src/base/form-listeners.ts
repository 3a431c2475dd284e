/**
 * One set of listeners per form, shared by all its Polis controls.
 *
 * Each control used to add its own `submit`, `input` and `change` listeners to its form. A
 * browser checks a new listener against the ones already there, so a form of 2,500 controls
 * spent over a second just adding listeners (measured with `pnpm bench` at N = 500). Now the
 * first control to join a form adds three listeners, and they call the members in turn.
 */
export interface FormMember {
  onFormSubmit(event: SubmitEvent): void;
  onFormEdit(): void;
}

const members = new WeakMap<HTMLFormElement, Set<FormMember>>();

function each(event: Event, call: (member: FormMember) => void): void {
  const set = members.get(event.currentTarget as HTMLFormElement);
  if (!set) return;
  // A copy: a member may leave the form while the event is handled.
  for (const member of [...set]) call(member);
}

const onSubmit = (event: Event): void => each(event, (member) => member.onFormSubmit(event as SubmitEvent));
const onEdit = (event: Event): void => each(event, (member) => member.onFormEdit());

/** Adds `member` to `form`'s listeners. */
export function joinForm(form: HTMLFormElement, member: FormMember): void {
  let set = members.get(form);
  if (!set) {
    set = new Set();
    members.set(form, set);
    form.addEventListener('submit', onSubmit);
    form.addEventListener('input', onEdit, true);
    form.addEventListener('change', onEdit, true);
  }
  set.add(member);
}

/** Removes `member`; the last one out removes the listeners. */
export function leaveForm(form: HTMLFormElement, member: FormMember): void {
  const set = members.get(form);
  if (!set) return;
  set.delete(member);
  if (set.size > 0) return;
  members.delete(form);
  form.removeEventListener('submit', onSubmit);
  form.removeEventListener('input', onEdit, true);
  form.removeEventListener('change', onEdit, true);
}
