/** Looking into the widgets' shadow roots, and the shadow roots nested in them. */

/** Every shadow root under `root`, nested ones included, in tree order. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  // Node types rather than instanceof: the root may come from a page in an iframe, another realm.
  const node = root as Node & Partial<ShadowRoot> & Partial<Element>;
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && node.host) found.push(root as ShadowRoot);
  else if (node.nodeType === Node.ELEMENT_NODE && node.shadowRoot) {
    found.push(node.shadowRoot);
    visit(node.shadowRoot);
  }
  visit(root);
  return [...new Set(found)];
}

/** `querySelectorAll` across every shadow root under `root` (not the light DOM itself). */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll<T>(selector)]);
}

/** How an element is drawn, for a failure message. */
export function describeElement(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const part = element.getAttribute('part');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${part ? ` part="${part}"` : ''}> in <${host}> ("${text}")`;
}
