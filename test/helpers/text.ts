/**
 * The text a reader sees in an element, with source-formatting whitespace
 * collapsed. Only ASCII whitespace: a no-break space (as in "3,1 %") is
 * content and must survive, so `\s` is not used.
 */
export function visibleText(element: Element | ShadowRoot | null | undefined): string {
  return (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}
