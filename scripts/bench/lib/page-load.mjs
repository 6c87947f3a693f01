import { settle } from './browsers.mjs';

// One measured page load: a fresh tab, CDP Performance metrics enabled before navigation, the
// page loaded and (with the extension) every picture decided, then a quiet pause so trailing work
// is counted too. Both browsers run exactly the same steps; only the extension differs.

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount', 'Nodes'];
const DECIDE_TIMEOUT_MS = 15_000;

export async function measurePageLoad(browser, url, { quietMs = 300 } = {}) {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const decided = await allDecided(page, browser.withExtension);
    await settle(page, quietMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const values = Object.fromEntries(metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
    const counts = await page.evaluate(() => ({
      images: document.images.length,
      covered: document.querySelectorAll('[data-forewarn="covered"]').length,
      elements: document.getElementsByTagName('*').length,
    }));
    return { ...values, ...counts, decided };
  } finally {
    await page.close();
  }
}

/** Polls from Node (the same cheap query in both browsers, so neither pays for a page-side
 * poller the other does not) until every picture carries a decision. */
async function allDecided(page, withExtension) {
  const deadline = Date.now() + DECIDE_TIMEOUT_MS;
  for (;;) {
    const done = await page.evaluate(
      (need) => [...document.querySelectorAll('img, video')].every((el) => !need || el.hasAttribute('data-forewarn')),
      withExtension,
    );
    if (done) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
