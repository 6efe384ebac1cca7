/**
 * Plain pages in iframes, the way an agency's CMS page loads the script tag:
 * `openPage()` writes a page (srcdoc) or opens a served URL, waits for its
 * load event (module scripts have run by then) and hands back its window and
 * document. Pages are removed after each test (a root-level hook, registered
 * once by importing this module).
 */
import { claimsOver, type ConsoleClaims } from './console.js';


/** What a page written by `openPage({ head, body })` records about itself (its first script sets it up). */
export interface PageWindow extends Window {
  hipErrors: string[];
  hipWarnings: string[];
  hipConsoleErrors: string[];
  hipModule?: Record<string, unknown>;
  HipWidgets?: Record<string, unknown>;
}

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  /**
   * The console errors and warnings of a written page, which the test must claim like a
   * captureConsole()'s (test/helpers/console.ts): unclaimed ones fail it. Undefined for a served URL.
   */
  console?: ConsoleClaims;
}

export interface PageOptions {
  head?: string;
  body?: string;
  lang?: string;
  /** Open this served URL instead of writing a page from `head` and `body` (which are then ignored). */
  url?: string;
  /** The iframe's size; a page's layout depends on it. */
  width?: number;
  height?: number;
}

const frames: HTMLIFrameElement[] = [];

/** Remove every page opened so far. Runs after each test of every file that imports this module. */
function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

afterEach(closePages);

/**
 * Opens a plain HTML page in an iframe and waits until it has loaded (module
 * scripts have run by then). A written page's first script records every
 * uncaught error, unhandled rejection and failed script load on the page's own
 * window (`hipErrors`), and console warnings and errors (`hipWarnings`,
 * `hipConsoleErrors`); the test must claim the latter (`console`).
 */
export async function openPage({ head = '', body = '', lang = 'nl', url, width = 1000, height = 800 }: PageOptions): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0;`;
  if (url) {
    frame.src = url;
  } else {
    // srcdoc pages share the test page's origin, so `/dist/…` is served by the test runner.
    frame.srcdoc = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <title>Fysiotherapie Voorbeeld: heupklachten</title>
    <script>
      window.hipErrors = [];
      window.hipWarnings = [];
      window.hipConsoleErrors = [];
      const warn = console.warn.bind(console);
      // Lit's dev-mode banner (a page loading /src/) is allowed, as on the test page (console-guard.ts).
      console.warn = (...args) => { if (!String(args[0]).startsWith('Lit is in dev mode')) hipWarnings.push(args.join(' ')); warn(...args); };
      const error = console.error.bind(console);
      console.error = (...args) => { hipConsoleErrors.push(args.join(' ')); error(...args); };
      addEventListener('error', (event) => {
        if (event.target === window) hipErrors.push('uncaught: ' + (event.error?.stack || event.message));
        else hipErrors.push('failed to load: ' + (event.target.src || event.target.href || event.target.outerHTML));
      }, true);
      addEventListener('unhandledrejection', (event) => hipErrors.push('unhandled rejection: ' + (event.reason?.stack || event.reason)));
    </script>
    ${head}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;
  }
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  // The page's own arrays: still readable when the frame is gone after the test.
  const pageConsole = url ? undefined : claimsOver({ error: win.hipConsoleErrors, warn: win.hipWarnings, info: [] }, 'in a page of openPage()');
  return { frame, win, doc: frame.contentDocument!, console: pageConsole };
}
