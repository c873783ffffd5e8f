/**
 * Small DOM helpers. Data is always set as text, never parsed as HTML. Builders take the document
 * they write into, so the same code renders in the page and, at build time, into a jsdom document.
 */

export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Builds an element with attributes and children. */
export type ElementBuilder = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

/**
 * Creates an element in `doc` with attributes and children. Strings become text nodes; `on*`
 * handlers are passed separately by the caller so every listener has an owner that removes it.
 */
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

/** An element builder bound to `doc`. */
export function bindElementBuilder(doc: Document): ElementBuilder {
  return (tag, attributes = {}, ...children) => createElementIn(doc, tag, attributes, ...children);
}

/** Creates an element in the page's own document (see `createElementIn` for another document). */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return createElementIn(document, tag, attributes, ...children);
}

/** Appends children, turning strings into text nodes of the parent's document. */
export function appendChildren(parent: Node, children: readonly Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
}

/** A button that sends one intent when pressed; `data-action` lets one delegated listener route it. */
export function createActionButton(
  label: string,
  action: string,
  value: string,
  attributes: Attributes = {},
  doc: Document = document,
): HTMLButtonElement {
  return createElementIn(
    doc,
    'button',
    { type: 'button', 'data-action': action, 'data-value': value, ...attributes },
    label,
  );
}
