/**
 * Guarded registration. An agency may paste the script tag twice, or a theme
 * and a plugin may each load a copy from a different URL: a second
 * `customElements.define` for the same tag would throw and stop the rest of
 * that copy from running. The first definition wins; later copies say so once.
 */
function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== elementClass) {
      console.info(`hip-widgets: <${tag}> is already defined on this page (the script was loaded twice); keeping the first definition.`);
    }
    return;
  }
  customElements.define(tag, elementClass);
}

/** The tags of the library's elements, as their decorators name them: each tag is written once, there. */
const widgetTags: string[] = [];

/** A selector for the library's elements (of this copy of the script or another: the tags are the same). */
export function widgetSelector(): string {
  return widgetTags.join(', ');
}

/**
 * Class decorator: like Lit's `@customElement`, but guarded as above. It keeps
 * Lit's name so the custom-elements-manifest analyzer still finds the tag.
 */
export const customElement =
  (tag: string) =>
  (elementClass: CustomElementConstructor): void => {
    widgetTags.push(tag);
    defineElement(tag, elementClass);
  };
