// The few things the shared scenarios need from a real browser with Forewarn installed, so the
// same scenario runs in Chromium (playwright-core over CDP) and in Firefox (puppeteer-core over
// WebDriver BiDi). Everything a scenario checks on a web page goes through `evaluate` and the
// light-DOM contract (data-forewarn, forewarn-cover host attributes); input is always real
// (trusted) mouse and keyboard input from the browser's own input pipeline.

export type BrowserName = 'chromium' | 'firefox';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

export type Key = 'Tab' | 'Enter' | 'Space';

/** A tab: a web page or an extension page. Points and boxes are in viewport CSS pixels. */
export interface DriverPage {
  url(): Promise<string>;
  /** Runs `fn` in the page (the page's own world for web pages). `fn` must be self-contained. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(point: Point): Promise<void>;
  press(key: Key): Promise<void>;
  /** PNG of a viewport rectangle, as the screen shows it. */
  screenshot(clip: Box): Promise<Buffer>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** A new tab showing `url` once it has loaded (web pages only). */
  openPage(url: string): Promise<DriverPage>;
  /**
   * A new tab showing one of Forewarn's own pages (`popup.html?tabId=3`), once its document has
   * loaded. Extension pages may call `chrome.*` / `browser.*`.
   */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Waits for a tab whose URL contains `part` (opened by the extension) and returns it loaded. */
  waitForPage(part: string, timeoutMs?: number): Promise<DriverPage>;
  /** Centre of a cover's "Show image" or "Hide image" button, located the way this browser allows. */
  coverButtonCentre(page: DriverPage, coverIndex: number, button: 'show' | 'hide'): Promise<Point>;
  /**
   * Accessible names of the buttons inside each cover (closed shadow roots), where the browser
   * lets a test read them (Chromium's accessibility tree over CDP); null where it does not
   * (Firefox: BiDi's accessibility locator does not enter closed shadow roots).
   */
  coverButtonNames(page: DriverPage): Promise<string[][] | null>;
  close(): Promise<void>;
}
