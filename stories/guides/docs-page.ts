/**
 * The guides show the project's docs/ pages themselves (one source per topic): this turns a
 * page's relative links, which lead nowhere inside Storybook, into the file's path as text.
 */
export function docsPage(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\((?![a-z]+:)([^)#]*)(#[^)]*)?\)/g, (_, text: string, path: string) =>
    path ? `${text} (\`${path.startsWith('../') ? path.slice(3) : `docs/${path}`}\`)` : text,
  );
}
