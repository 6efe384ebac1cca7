/**
 * Test-server routes for the hardening tests (test/hardening-*.test.ts), added
 * to web-test-runner.config.mjs's `middleware`.
 *
 * `/csp/page.html` is a practice's page behind a strict Content-Security-Policy
 * with Trusted Types, as a security plugin or a hardened host sends it:
 *
 *   ?bundle=module|iife   which built bundle the page loads (default module)
 *
 * It loads only external `'self'` scripts: `/csp/recorder.js` first (inline
 * scripts are blocked, so the recorder cannot be inline), then the bundle from
 * `/dist/`. The page has a JSON page config (not executed, so CSP allows it)
 * that asks for English, so the lazy locale import runs under the policy too,
 * and two control elements that the policy must block: an inline script and
 * a `style` attribute. The recorder files their violations under `controls`,
 * apart from everything else, so a test can prove that the policy is in force
 * and the recorder hears it, and still demand that the widgets cause nothing.
 */

/** The policy under test, exactly as a strict host would send it. */
const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

const BUNDLES = {
  module: '<script type="module" src="/dist/hip-widgets.js"></script>',
  iife: '<script src="/dist/hip-widgets.iife.js"></script>',
};

const PAGE_CONFIG = {
  locale: 'en',
  defaultLocation: 'centrum',
  locations: [
    { id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', email: 'centrum@example.nl', bookingUrl: 'https://example.nl/afspraak?loc=centrum' },
    { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321' },
  ],
};

/**
 * Runs first on the page, as an external script. Records on `window.hipCsp`:
 * violations (those of the control elements apart), uncaught errors, unhandled
 * rejections, failed loads, and console errors and warnings.
 */
const RECORDER = `
'use strict';
window.hipCsp = { violations: [], controls: [], errors: [], console: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  const entry = {
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  };
  const control = event.target instanceof Element && event.target.closest('[data-csp-control]');
  (control ? hipCsp.controls : hipCsp.violations).push(entry);
}, true);
addEventListener('error', (event) => {
  if (event.target === window) hipCsp.errors.push('uncaught: ' + (event.error && event.error.stack || event.message));
  else hipCsp.errors.push('failed to load: ' + (event.target.src || event.target.href || event.target.localName));
}, true);
addEventListener('unhandledrejection', (event) => hipCsp.errors.push('unhandled rejection: ' + (event.reason && event.reason.stack || event.reason)));
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => { hipCsp.console.push(level + ': ' + args.join(' ')); original(...args); };
}
`;

function cspPage(bundle) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <title>Fysiotherapie Voorbeeld: heupklachten (strict CSP)</title>
    <script src="/csp/recorder.js"></script>
    ${BUNDLES[bundle]}
  </head>
  <body>
    <main>
      <hip-complaints-section></hip-complaints-section>
      <appointment-cta location="noord"></appointment-cta>
      <stats-figure value="42" max="50" unit="patiënten" label="42 van de 50 patiënten"></stats-figure>
    </main>
    <script type="application/json" data-hip-widgets-config>${JSON.stringify(PAGE_CONFIG)}</script>
    <script data-csp-control>window.hipInlineScriptRan = true;</script>
    <p data-csp-control style="outline: 1px solid red">A control: the policy must block this style attribute.</p>
  </body>
</html>`;
}

/** Serves `/csp/page.html` with the strict policy, and its external recorder script. */
function strictCspPage(context, next) {
  if (context.path === '/csp/recorder.js') {
    context.type = 'text/javascript';
    context.body = RECORDER;
    return undefined;
  }
  if (context.path !== '/csp/page.html') return next();
  const bundle = context.query.bundle === 'iife' ? 'iife' : 'module';
  context.set('Content-Security-Policy', STRICT_CSP);
  context.set('Cache-Control', 'no-store');
  context.type = 'text/html';
  context.body = cspPage(bundle);
  return undefined;
}

/** Every route above, in the order they should run. */
export const hardeningMiddleware = [strictCspPage];
