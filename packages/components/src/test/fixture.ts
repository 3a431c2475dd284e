import { render, type TemplateResult } from 'lit';
import { afterEach } from 'vitest';

const containers = new Set<HTMLElement>();

afterEach(() => {
  for (const container of containers) container.remove();
  containers.clear();
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

/** Renders a template into the page and waits for every Polis element in it to update. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.add(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/**
 * Waits until every custom element below `root`, and in their shadow roots (elements built
 * from other elements), has finished updating.
 */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(
      elements
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
        .filter(Boolean),
    );
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The element inside a shadow root with the given part. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
