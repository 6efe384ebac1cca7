/**
 * Import for its side effect in a test file that uses `to.be.accessible()`:
 * loads axe-core and runs it once before the file's tests, under a timeout of
 * its own. The first check in a page loads about 500 KB of axe through the test
 * server and sets up its rules: 2.5-4 s in Chromium, Firefox and WebKit on a
 * busy 2-core machine, most of one test's 5 s. The checks after it take 0.1-0.5 s.
 */
import { expect } from '@open-wc/testing';

before(async function warmUpAxe() {
  this.timeout(30_000);
  const probe = document.createElement('p');
  probe.textContent = 'axe';
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
});
