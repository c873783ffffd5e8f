/** Small DOM helpers. Data is always set as text, never parsed as HTML. */

export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element with attributes and children. Strings become text nodes; `on*` handlers are
 * passed separately by the caller so every listener has an owner that removes it.
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return createElementIn(document, tag, attributes, ...children);
}

/** `createElement` for a given document: the build renders into one that is not the page's. */
export function createElementIn<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  appendChildren(element, children);
  return element;
}

/** Appends children, turning strings into text nodes. */
export function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    const doc = parent.ownerDocument ?? (parent as Document);
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
}

/** A button that sends one intent when pressed; `data-action` lets one delegated listener route it. */
export function createActionButton(
  label: string,
  action: string,
  value: string,
  attributes: Attributes = {},
): HTMLButtonElement {
  return createElement(
    'button',
    { type: 'button', 'data-action': action, 'data-value': value, ...attributes },
    label,
  );
}
