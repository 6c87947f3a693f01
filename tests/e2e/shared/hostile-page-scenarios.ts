import { afterEach, describe, expect, it } from 'vitest';
import type { DriverPage } from '../drivers/browser-driver';
import { decodePng } from '../drivers/decode-png';
import type { ScenarioContext } from './scenario-context';
import { focusStop, settle, waitFor } from './page-checks';

// Pages written to attack Forewarn (issue 16), in every browser. Graphic stand-ins are pure
// magenta (tests/fixtures/media-pages/img/photo-*.svg), so "no magenta on screen" means no
// graphic picture was painted, whatever the page did to the DOM.

const PAGES = '/tests/fixtures/media-pages/';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const markOf = (page: DriverPage, id: string) => page.evaluate((i) => document.getElementById(i)?.getAttribute('data-forewarn'), id);

/** Magenta pixels on screen within the element's box (scrolled into view first). */
async function magentaOver(page: DriverPage, selector: string): Promise<number> {
  return (await coloursOver(page, selector)).magenta;
}

/** Magenta (graphic stand-in) and green (safe stand-in) pixels on screen within the element's box. */
async function coloursOver(page: DriverPage, selector: string): Promise<{ magenta: number; green: number }> {
  const box = await page.evaluate(async (s) => {
    const el = document.querySelector(s)!;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = el.getBoundingClientRect();
    return { x: Math.max(0, Math.floor(r.x)), y: Math.max(0, Math.floor(r.y)), width: Math.floor(Math.min(r.width, innerWidth)), height: Math.floor(Math.min(r.height, innerHeight)) };
  }, selector);
  const image = decodePng(await page.screenshot(box));
  const near = (v: number, target: number) => Math.abs(v - target) <= 24;
  const counts = { magenta: 0, green: 0 };
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (r > 230 && g < 40 && b > 230) counts.magenta++;
    else if (near(r, 0x22) && near(g, 0xaa) && near(b, 0x55)) counts.green++;
  }
  return counts;
}

export function hostilePageScenarios(ctx: ScenarioContext): void {
  describe('hostile pages (issue 16)', () => {
    let page: DriverPage | undefined;
    afterEach(async () => {
      await page?.close();
      page = undefined;
    });
    const open = async (name: string) => (page = await ctx.driver().openPage(ctx.server().url(PAGES + name)));

    it('16.4: a page that forges the release mark and strips styles on every restore shows nothing for 5 s', async () => {
      const p = await open('hostile-tamper.html');
      await waitFor(
        p,
        () => document.querySelector('#field')?.getAttribute('data-forewarn') === 'safe' && document.querySelectorAll('forewarn-cover').length === 2,
        undefined,
        'the safe picture released and two covers up',
      );
      const seen: number[] = [];
      for (const start = Date.now(); Date.now() - start < 5_000; ) {
        seen.push(await magentaOver(p, '#grave'), await magentaOver(p, '#morgue'));
      }
      expect(seen.length).toBeGreaterThan(4);
      expect(seen.every((n) => n === 0), `magenta per screenshot: ${seen.join(',')}`).toBe(true);
      const after = await p.evaluate(() => ({
        tampered: (window as unknown as { tampered: number }).tampered,
        hidden: ['grave', 'morgue'].map((id) => getComputedStyle(document.getElementById(id)!).visibility),
      }));
      expect(after.tampered, JSON.stringify(after)).toBeGreaterThan(4);
      expect(after.hidden).toEqual(['hidden', 'hidden']);
    });

    it('16.3: a real click or Enter on a decoy laid over the cover reveals nothing; the same click without it does', async () => {
      const p = await open('hostile-decoy.html');
      await settle(p);
      const button = await ctx.driver().coverButtonCentre(p, 0, 'show');
      await p.evaluate(() => (window as unknown as { layDecoy(): void }).layDecoy());
      // Long enough for a person to see the decoy and for the browser to know the button is hidden.
      await pause(400);
      await p.click(button);
      await pause(1_200);
      expect(await markOf(p, 'grave')).toBe('covered');
      // The keyboard: focus on the button (under the decoy), then Enter.
      for (let i = 0; i < 6 && !(await focusStop(p)).startsWith('cover 0'); i++) await p.press('Tab');
      expect(await focusStop(p)).toMatch(/^cover 0/);
      await pause(400);
      await p.press('Enter');
      await pause(1_200);
      expect(await markOf(p, 'grave')).toBe('covered');
      // The page takes its decoy away: the same click is the reader's own and reveals.
      await p.evaluate(() => (window as unknown as { liftDecoy(): void }).liftDecoy());
      await pause(400);
      // Found again: the cover's refusal notice moved the button.
      await p.click(await ctx.driver().coverButtonCentre(p, 0, 'show'));
      await waitFor(p, () => document.getElementById('grave')?.getAttribute('data-forewarn') === 'revealed', undefined, 'revealed by a click in sight');
    });

    it('16.5: a picture in a closed shadow root is held and covered; one moved into an open root is judged with the caption outside', async () => {
      const p = await open('closed-shadow.html');
      // The picture moved into the component's open root, its caption in the figure around it.
      await waitFor(
        p,
        () => document.getElementById('slot')?.shadowRoot?.querySelector('img')?.getAttribute('data-forewarn') === 'covered',
        undefined,
        'the moved picture covered',
      );
      expect(await magentaOver(p, '#slot')).toBe(0);
      // The closed roots: the safe picture is released (so it was reached and decided), the graphic one never painted.
      const deadline = Date.now() + 10_000;
      let safe = await coloursOver(p, '#closed-safe');
      while (safe.green < 600 && Date.now() < deadline) {
        await pause(200);
        safe = await coloursOver(p, '#closed-safe');
      }
      expect(safe.green).toBeGreaterThan(600);
      expect(await magentaOver(p, '#closed-graphic')).toBe(0);
    });

    it('16.8: <svg><image>, ::before content: url(), <object data> and a plain <div> background in graphic figures are covered', async () => {
      const p = await open('forms-more.html');
      const covered = ['#svg-image svg', '#pseudo > div', '#object object', '#plain-div > div'];
      await waitFor(
        p,
        (all) => all.every((s) => document.querySelector(s)?.getAttribute('data-forewarn') === 'covered'),
        covered,
        'all four covered',
      );
      expect(await p.evaluate(() => document.querySelectorAll('forewarn-cover').length)).toBe(4);
      for (const figure of ['#svg-image', '#pseudo', '#object', '#plain-div']) expect(await magentaOver(p, figure), figure).toBe(0);
      expect((await coloursOver(p, '#safe-plate')).green).toBeGreaterThan(600);
    });
  });
}
