// Writes the benchmark corpus to tests/fixtures/bench-pages/: news pages of realistic size
// (long articles, photo galleries of 100+ pictures, live blogs and front pages of 3,000+ DOM
// nodes), an ordinary article for the first-paint bench and an infinite-scroll feed for the
// memory bench. Deterministic: a seeded generator, so every run writes the same bytes.
//   node scripts/bench/make-bench-pages.mjs
// The pictures are small PNGs drawn here (coloured bands, no photographs); what makes a picture
// graphic for Forewarn is its caption and surrounding text, as on real sites.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'bench-pages');

// ---- deterministic randomness ----------------------------------------------------------------

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let random = seeded(7);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p) => random() < p;

// ---- pictures: tiny PNG encoder --------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** An RGB picture: a sky-like gradient, a ground band and a block, enough to look like a photo
 * placeholder and to cost a real decode. */
function png(width, height, hue) {
  const rows = [];
  const [r0, g0, b0] = hsl(hue, 0.35, 0.72);
  const [r1, g1, b1] = hsl((hue + 30) % 360, 0.3, 0.45);
  const [r2, g2, b2] = hsl((hue + 180) % 360, 0.4, 0.35);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const ground = y > height * 0.62;
    for (let x = 0; x < width; x++) {
      const inBlock = x > width * 0.38 && x < width * 0.62 && y > height * 0.3 && y < height * 0.7;
      const t = y / height;
      const [r, g, b] = inBlock
        ? [r2, g2, b2]
        : ground
          ? [r1, g1, b1]
          : [r0 * (1 - t * 0.3), g0 * (1 - t * 0.3), b0 * (1 - t * 0.2)];
      // A little texture so the encoder cannot collapse rows into nothing.
      const grain = ((x * 7 + y * 13) % 9) - 4;
      row[1 + x * 3] = clamp(r + grain);
      row[2 + x * 3] = clamp(g + grain);
      row[3 + x * 3] = clamp(b + grain);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
function hsl(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

const SIZES = { lead: [960, 540], body: [720, 480], gallery: [480, 320], thumb: [320, 200], avatar: [96, 96] };
const HUES = [20, 45, 90, 140, 190, 215, 260, 330];
/** Several pictures per size; pages point at them with a distinct query each, so the browser
 * fetches and decodes every one of them like distinct photos. */
const PICTURES = Object.entries(SIZES).flatMap(([kind, [w, h]]) =>
  HUES.map((hue, i) => ({ file: `${w}x${h}-${i + 1}.png`, kind, w, h, hue })),
);
let pictureSerial = 0;
function picture(kind) {
  const [w, h] = SIZES[kind];
  const file = `${w}x${h}-${between(1, HUES.length)}.png`;
  return { src: `../images/${file}?p=${++pictureSerial}`, w, h };
}

// ---- words -----------------------------------------------------------------------------------

const PLACES = ['Kharkiv', 'Khan Younis', 'El Fasher', 'Idlib', 'Mariupol', 'Goma', 'Bakhmut', 'Rafah', 'Aleppo', 'Tigray', 'Darfur', 'Kherson', 'Port-au-Prince', 'Sittwe', 'Mosul'];
const CITIES = ['Leeds', 'Lyon', 'Porto', 'Gdańsk', 'Turin', 'Ghent', 'Bilbao', 'Malmö', 'Tampere', 'Graz', 'Cork', 'Brno'];
const NAMES = ['Amira Haddad', 'Tom Ellery', 'Lucía Ferrer', 'Olena Marchenko', 'Samuel Okafor', 'Ines Duarte', 'Karim Benali', 'Hannah Vogt', 'Yusuf Demir', 'Marta Kowalska'];

const GRAPHIC_CAPTIONS = [
  'Bodies of civilians lie in the street after the strike on {place}',
  'Relatives identify the dead at the morgue of the main hospital in {place}',
  'A wounded man covered in blood is carried to an ambulance in {place}',
  'Forensic teams exhume bodies from a mass grave outside {place}',
  'Torture marks on the back of a released detainee, photographed in {place}',
  'The body of a child is carried from the rubble in {place}',
  'Corpses wrapped in blankets line the courtyard of a clinic in {place}',
  'Severely injured patients wait on the floor of an emergency ward in {place}',
  'Human remains found in a burned-out building in {place}',
  'Executed men lie beside the road north of {place}, witnesses said',
];
const SAFE_CAPTIONS = [
  'The foreign minister speaks at a news conference in {city}',
  'Commuters wait for a tram in {city} on Monday morning',
  'Volunteers sort donated clothes at a community centre in {city}',
  'Delegates arrive for the summit in {city}',
  'A view of the harbour in {city} at dusk',
  'Students leave the university library in {city}',
  'Farmers bring the harvest in near {city}',
  'The new bridge over the river in {city} opened this week',
  'Shoppers at the covered market in {city}',
  'Players celebrate after the final whistle in {city}',
  'Aid trucks queue at the border crossing near {place}',
  'Displaced families at a school used as a shelter in {place}',
  'Satellite image of the damaged grain terminal near {place}',
];
const CONFLICT_SENTENCES = [
  'Witnesses described hearing several explosions before dawn, followed by hours of shelling.',
  'Local officials said at least {n} people were killed and dozens more wounded in the attack.',
  'Doctors at the hospital said they had run out of blood for transfusions by midday.',
  'Investigators from the United Nations have documented torture and ill-treatment in detention.',
  'Families waited outside the morgue for news of relatives who had not come home.',
  'The bodies were buried in a mass grave on the edge of the town, according to residents.',
  'Human rights groups called for an independent inquiry into the killings.',
  'Survivors said the men were taken away blindfolded and several were later found dead.',
  'The army denied targeting civilians and said it had struck a military position.',
  'Medical workers described treating children with shrapnel wounds and severe burns.',
];
const ORDINARY_SENTENCES = [
  'The proposal will be debated in parliament next week, and a vote is expected before the recess.',
  'Economists expect inflation to ease slowly over the coming months as energy prices fall.',
  'The council said the works would be finished by the spring, two years later than planned.',
  'Tickets for the festival sold out within an hour of going on sale, the organisers said.',
  'Rail services will run a reduced timetable over the weekend while engineers repair the line.',
  'The company reported higher profits for the third quarter, driven by strong sales abroad.',
  'Researchers said the findings could help farmers adapt to longer and hotter summers.',
  'The coach praised his young squad after a season that few had expected to go so well.',
  'Residents have been asked to comment on the plans before the consultation closes in March.',
  'The museum will reopen on Saturday after a renovation that took almost three years.',
  'Negotiators said talks had made progress but that important differences remained.',
  'The report recommends more investment in public transport and in cycling routes.',
];
const SECTIONS = ['World', 'Europe', 'Middle East', 'Africa', 'Americas', 'Asia', 'Politics', 'Business', 'Climate', 'Science', 'Culture', 'Sport', 'Opinion', 'Investigations', 'Podcasts', 'Video', 'Newsletters', 'Puzzles'];
const HEADLINES = [
  'Talks resume as ceasefire deadline nears',
  'Rail strike called off after late-night deal',
  'Inside the hospital that never closes',
  'What the new budget means for renters',
  'Drought forces farmers to sell their herds',
  'The long road home for the displaced',
  'Court hears evidence of abuse in detention',
  'City approves plan for car-free centre',
  'Five books to read this winter',
  'Heatwave breaks records across the south',
  'Election results: the map in detail',
  'How satellite images revealed the burned villages',
  'Young players lead surprise cup run',
  'Museum returns looted bronzes',
];

const fill = (template) =>
  template
    .replace('{place}', pick(PLACES))
    .replace('{city}', pick(CITIES))
    .replace('{n}', String(between(3, 60)));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraph(conflictShare) {
  const sentences = Array.from({ length: between(3, 6) }, () =>
    fill(chance(conflictShare) ? pick(CONFLICT_SENTENCES) : pick(ORDINARY_SENTENCES)),
  );
  // Real paragraphs carry links and emphasis.
  if (chance(0.35)) sentences[0] = `<a href="#">${sentences[0]}</a>`;
  if (chance(0.2)) sentences[sentences.length - 1] = `<em>${sentences[sentences.length - 1]}</em>`;
  return `<p>${sentences.join(' ')}</p>`;
}

// ---- page parts ------------------------------------------------------------------------------

function head(title, description, lang = 'en') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | The Evening Ledger</title>
<meta name="description" content="${escapeHtml(description)}">
<meta property="og:title" content="${escapeHtml(title)}">
<link rel="stylesheet" href="../assets/site.css">
</head>
<body>`;
}

function siteHeader() {
  const links = SECTIONS.map((s) => `<li><a href="#">${s}</a></li>`).join('');
  const logo = picture('thumb');
  return `<header class="site-header" role="banner">
<div class="masthead"><a class="logo" href="#"><img src="${logo.src}" alt="The Evening Ledger" width="160" height="40"></a>
<form class="search" role="search"><input type="search" aria-label="Search" placeholder="Search"><button>Search</button></form></div>
<nav class="main-nav" aria-label="Sections"><ul>${links}</ul></nav>
</header>`;
}

function siteFooter() {
  const columns = Array.from({ length: 4 }, (_, c) =>
    `<div class="footer-col"><h4>${SECTIONS[c * 3]}</h4><ul>${SECTIONS.slice(c * 3, c * 3 + 8).map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></div>`,
  ).join('');
  return `<footer class="site-footer" role="contentinfo">${columns}<p class="legal">© The Evening Ledger. Written for Forewarn's benchmarks; every name, place and picture here is made up.</p></footer>
</body>
</html>
`;
}

function figure(kind, graphic, cls = '') {
  const p = picture(kind);
  const caption = fill(graphic ? pick(GRAPHIC_CAPTIONS) : pick(SAFE_CAPTIONS));
  const credit = `Photo: ${pick(NAMES)} / Ledger`;
  const alt = chance(0.5) ? caption : graphic ? 'Scene after the attack' : 'Photograph';
  return `<figure class="${cls}"><img src="${p.src}" alt="${escapeHtml(alt)}" width="${p.w}" height="${p.h}" loading="${kind === 'lead' ? 'eager' : 'lazy'}"><figcaption><span class="caption-text">${escapeHtml(caption)}</span> <span class="credit">${credit}</span></figcaption></figure>`;
}

function byline() {
  const p = picture('avatar');
  return `<div class="byline"><img class="author-avatar" src="${p.src}" alt="" width="48" height="48"><span>By <a href="#">${pick(NAMES)}</a></span> <time datetime="2026-11-2${between(0, 5)}">2${between(0, 5)} November 2026</time></div>`;
}

function relatedRail(count) {
  const items = Array.from({ length: count }, () => {
    const p = picture('thumb');
    return `<li class="teaser"><a href="#"><img src="${p.src}" alt="" width="160" height="100" loading="lazy"><h3>${pick(HEADLINES)}</h3></a><span class="tag">${pick(SECTIONS)}</span></li>`;
  }).join('');
  return `<aside class="related" aria-label="More stories"><h2>More stories</h2><ul>${items}</ul></aside>`;
}

function comments(count) {
  const items = Array.from({ length: count }, () => {
    const replies = chance(0.4)
      ? `<ol class="replies">${Array.from({ length: between(1, 3), }, () => `<li class="comment"><div class="comment-meta"><b>${pick(NAMES)}</b> <time>${between(1, 23)}h ago</time></div><p>${fill(pick(ORDINARY_SENTENCES))}</p><div class="comment-actions"><button>Reply</button><button>Like</button></div></li>`).join('')}</ol>`
      : '';
    return `<li class="comment"><div class="comment-meta"><b>${pick(NAMES)}</b> <time>${between(1, 23)}h ago</time></div><p>${fill(pick(ORDINARY_SENTENCES))} ${fill(pick(ORDINARY_SENTENCES))}</p><div class="comment-actions"><button>Reply</button><button>Like</button><button>Report</button></div>${replies}</li>`;
  }).join('');
  return `<section class="comments" aria-label="Comments"><h2>Comments (${count})</h2><ol>${items}</ol></section>`;
}

/** An advertising slot: a same-origin iframe with its own picture, as ad servers and embeds
 * add them. The content script runs in every frame (allFrames), so frames cost what pages do.
 * Slots below the fold load lazily, as on real sites. */
/**
 * An advertising slot framing ads/<kind>.html. `crossSite`: served from another site, as real ad
 * slots are: the ad tag writes the frame (document.write, as ad tags do), because the other site
 * is this server under another host name (localhost), whose port is known only once it serves.
 */
function adSlot(kind, lazy, crossSite = false) {
  const [w, h] = kind === 'leaderboard' ? [728, 90] : [300, 250];
  const attributes = `width="${w}" height="${h}" title="Advertisement" scrolling="no"`;
  const frame = crossSite
    ? `<script>document.write('<iframe src="' + location.protocol + '//localhost:' + location.port + '/ads/${kind}.html" ${attributes}></iframe>');</script>`
    : `<iframe src="../ads/${kind}.html" ${attributes}${lazy ? ' loading="lazy"' : ''}></iframe>`;
  return `<div class="ad-slot ad-${kind}"><span class="ad-label">Advertisement</span>${frame}</div>`;
}

const AD_PAGE = (kind, w, h) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ad</title>
<style>body{margin:0;font:13px system-ui,sans-serif}a{display:flex;gap:8px;align-items:center;width:${w}px;height:${h}px;overflow:hidden;color:#222;text-decoration:none;background:#f5f3ee}img{display:block}</style></head>
<body><a href="#" class="ad-link"><img src="../images/${kind === 'leaderboard' ? '320x200-3' : '320x200-6'}.png?ad=${kind}" alt="Holiday offer" width="${kind === 'leaderboard' ? 144 : 300}" height="${kind === 'leaderboard' ? 90 : 188}"><span>Winter breaks by the sea. Book now and save.</span></a>
<script>
// The ad server's beacon: reports the impression once the slot is visible.
new IntersectionObserver((e, o) => { if (e[0].isIntersecting) { o.disconnect(); document.body.dataset.seen = '1'; } }).observe(document.body);
</script></body></html>
`;

// ---- page kinds ------------------------------------------------------------------------------

/** A long article: many paragraphs, a figure every few, sub-headings, a related rail. */
function longArticle({ conflict, paragraphs, figures, title }) {
  const body = [];
  const figureEvery = Math.max(2, Math.floor(paragraphs / figures));
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 9 === 0) body.push(`<h2>${pick(HEADLINES)}</h2>`);
    body.push(paragraph(conflict ? 0.55 : 0.03));
    if (i % figureEvery === figureEvery - 1) body.push(figure('body', conflict && chance(0.5)));
    if (i === 6 || i === 30) body.push(adSlot('mpu', true));
    if (i === 14) body.push(`<blockquote><p>${fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}</p><cite>${pick(NAMES)}</cite></blockquote>`);
  }
  return `${head(title, fill(conflict ? pick(CONFLICT_SENTENCES) : pick(ORDINARY_SENTENCES)))}
${siteHeader()}
${adSlot('leaderboard', false)}
<main class="page"><article class="article">
<header class="article-header"><p class="kicker">${conflict ? 'Investigation' : pick(SECTIONS)}</p><h1>${escapeHtml(title)}</h1>
<p class="standfirst">${fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}</p>${byline()}</header>
${figure('lead', conflict && chance(0.6), 'lead-image')}
<div class="article-body">
${body.join('\n')}
</div>
</article>
${relatedRail(12)}
${comments(between(15, 30))}
</main>
${siteFooter()}`;
}

/** A photo gallery: a grid of captioned pictures, as news sites publish after big events. */
function gallery({ conflict, count, title, lazy }) {
  const items = Array.from({ length: count }, (_, i) => {
    const p = picture('gallery');
    const graphic = conflict && chance(0.3);
    const caption = fill(graphic ? pick(GRAPHIC_CAPTIONS) : pick(SAFE_CAPTIONS));
    // Galleries often lazy-load with data-src and swap in a script (below).
    const source = lazy && i > 8 ? `src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${p.src}"` : `src="${p.src}"`;
    return `<li class="slide"><figure><a href="#photo-${i + 1}"><img ${source} alt="${escapeHtml(chance(0.3) ? caption : `Photo ${i + 1} of ${count}`)}" width="${p.w}" height="${p.h}"></a><figcaption><span class="count">${i + 1}/${count}</span> ${escapeHtml(caption)} <span class="credit">${pick(NAMES)}</span></figcaption></figure><div class="share"><button>Share</button><button>Save</button></div></li>`;
  }).join('\n');
  const loader = lazy
    ? `<script>
// The site's lazy loader: swaps data-src into src as pictures come near the viewport.
(() => {
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { e.target.src = e.target.dataset.src; io.unobserve(e.target); }
  }, { rootMargin: '800px' });
  document.querySelectorAll('img[data-src]').forEach((img) => io.observe(img));
})();
</script>`
    : '';
  return `${head(title, `${count} photographs. ${fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}`)}
${siteHeader()}
${adSlot('leaderboard', false)}
<main class="page"><article class="gallery-page">
<header class="article-header"><p class="kicker">In pictures</p><h1>${escapeHtml(title)}</h1>${byline()}
<p class="standfirst">${fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}</p></header>
<ol class="gallery">
${items}
</ol>
</article>
${relatedRail(8)}
</main>
${loader}
${siteFooter()}`;
}

/** A live blog: hundreds of timestamped entries, some with pictures or embedded posts. */
function liveBlog({ conflict, entries, title }) {
  const items = Array.from({ length: entries }, (_, i) => {
    const hour = String(23 - Math.floor(i / 8)).padStart(2, '0');
    const minute = String(59 - ((i * 7) % 60)).padStart(2, '0');
    const media = chance(0.18) ? figure('body', conflict && chance(0.4)) : '';
    const embed = chance(0.12)
      ? `<blockquote class="embed-post"><div class="embed-head"><span class="embed-name">${pick(NAMES)}</span> <span class="embed-handle">@ledger</span></div><p>${fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}</p><div class="embed-actions"><span>♥ ${between(10, 900)}</span><span>↺ ${between(2, 300)}</span></div></blockquote>`
      : '';
    const ad = i > 0 && i % 40 === 0 ? adSlot('mpu', true) : '';
    const list = chance(0.15) ? `<ul>${Array.from({ length: 3 }, () => `<li>${fill(pick(ORDINARY_SENTENCES))}</li>`).join('')}</ul>` : '';
    return `<section class="live-entry" id="entry-${i}"><header class="entry-head"><time>${hour}:${minute}</time><h3>${pick(HEADLINES)}</h3></header><div class="entry-body">${paragraph(conflict ? 0.5 : 0.02)}${chance(0.5) ? paragraph(conflict ? 0.5 : 0.02) : ''}${list}${media}${embed}</div><footer class="entry-foot"><button>Share</button><a href="#entry-${i}">Link</a></footer></section>${ad}`;
  }).join('\n');
  return `${head(title, 'Live updates. ' + fill(pick(conflict ? CONFLICT_SENTENCES : ORDINARY_SENTENCES)))}
${siteHeader()}
${adSlot('leaderboard', false)}
<main class="page"><article class="live">
<header class="article-header"><p class="kicker">Live</p><h1>${escapeHtml(title)}</h1>${byline()}</header>
${figure('lead', false, 'lead-image')}
<div class="live-entries">
${items}
</div>
</article>
${relatedRail(10)}
</main>
${siteFooter()}`;
}

/** A front page: many sections of teaser cards with thumbnails, a most-read list, a ticker. */
function frontPage({ sections, cardsPerSection, title }) {
  const blocks = Array.from({ length: sections }, (_, s) => {
    const cards = Array.from({ length: cardsPerSection }, (_, c) => {
      const p = picture(c === 0 ? 'lead' : 'thumb');
      const conflictCard = chance(0.2);
      return `<div class="card${c === 0 ? ' card--top' : ''}"><a class="card-link" href="#"><div class="card-media"><img src="${p.src}" alt="${escapeHtml(conflictCard ? fill(pick(GRAPHIC_CAPTIONS)) : '')}" width="${c === 0 ? 480 : 240}" height="${c === 0 ? 270 : 150}" loading="lazy"></div><div class="card-text"><span class="tag">${pick(SECTIONS)}</span><h3>${pick(HEADLINES)}</h3><p>${fill(pick(conflictCard ? CONFLICT_SENTENCES : ORDINARY_SENTENCES))}</p><span class="meta"><time>${between(1, 12)}h ago</time> · <span>${between(2, 400)} comments</span></span></div></a></div>`;
    }).join('');
    return `<section class="front-section"><h2><a href="#">${SECTIONS[s % SECTIONS.length]}</a></h2><div class="cards">${cards}</div></section>`;
  }).join('\n');
  const mostRead = `<aside class="most-read sidebar">${adSlot('mpu', false)}<h2>Most read</h2><ol>${Array.from({ length: 10 }, () => `<li><a href="#">${pick(HEADLINES)}</a></li>`).join('')}</ol></aside>`;
  const ticker = `<div class="ticker" role="marquee">${Array.from({ length: 20 }, () => `<span class="quote"><b>${pick(['FTSE', 'DAX', 'CAC', 'Brent', 'EUR/USD', 'Gold'])}</b> ${(random() * 200 - 100).toFixed(2)}</span>`).join('')}</div>`;
  return `${head(title, 'News, analysis and opinion from The Evening Ledger.')}
${siteHeader()}
${adSlot('leaderboard', false)}
${ticker}
<main class="page front">
${blocks}
${mostRead}
</main>
${siteFooter()}`;
}

// ---- the corpus ------------------------------------------------------------------------------

const CSS = `/* The Evening Ledger: an ordinary news-site stylesheet for the bench pages. */
*{box-sizing:border-box}body{margin:0;font:17px/1.6 Georgia,serif;color:#1b1b1b;background:#fff}
a{color:#0b4f8a}.site-header{border-bottom:1px solid #ddd;padding:8px 24px}.masthead{display:flex;justify-content:space-between;align-items:center}
.main-nav ul{display:flex;flex-wrap:wrap;gap:14px;list-style:none;padding:0;margin:8px 0;font:600 14px/1.2 system-ui,sans-serif}
.page{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:32px;max-width:1180px;margin:0 auto;padding:24px}
.article-header h1{font-size:40px;line-height:1.15;margin:6px 0}.kicker{color:#b3261e;font:700 13px system-ui,sans-serif;text-transform:uppercase;margin:0}
.standfirst{font-size:20px;color:#444}.byline{display:flex;gap:10px;align-items:center;font:14px system-ui,sans-serif;color:#555}.byline img{border-radius:50%}
figure{margin:24px 0}figure img{display:block;width:100%;height:auto;background:#eee}figcaption{font:14px/1.4 system-ui,sans-serif;color:#555;margin-top:6px}.credit{color:#888}
blockquote{border-left:4px solid #b3261e;margin:24px 0;padding:4px 16px;font-style:italic}
.related ul,.most-read ol{list-style:none;padding:0}.teaser a{display:grid;grid-template-columns:96px 1fr;gap:10px;text-decoration:none;color:inherit}.teaser img{width:96px;height:60px;object-fit:cover}.teaser h3{font-size:15px;margin:0}
.comments{grid-column:1}.comment{margin:12px 0;font:15px/1.5 system-ui,sans-serif}.comment-actions button{font-size:12px;margin-right:6px}
.gallery{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}.slide figure{margin:0}.share button{font-size:12px}
.live-entry{border-top:1px solid #ddd;padding:12px 0}.entry-head{display:flex;gap:12px;align-items:baseline}.entry-head time{font:700 14px system-ui,sans-serif;color:#b3261e}.entry-head h3{margin:0;font-size:19px}
.embed-post{font-style:normal;border:1px solid #ccc;border-radius:8px;padding:10px}.embed-actions{display:flex;gap:16px;font-size:13px;color:#666}
.front{grid-template-columns:minmax(0,1fr) 260px}.front-section{grid-column:1}.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.card--top{grid-column:span 2;grid-row:span 2}
.card-link{text-decoration:none;color:inherit}.card img{width:100%;height:auto;display:block}.card h3{font-size:16px;margin:6px 0}.card p{font-size:14px;margin:0;color:#444}.meta,.tag{font:12px system-ui,sans-serif;color:#777}
.most-read{grid-column:2;grid-row:1 / span 20}.ticker{display:flex;gap:18px;overflow:hidden;white-space:nowrap;font:13px system-ui,sans-serif;background:#111;color:#eee;padding:6px 24px}
.site-footer{display:grid;grid-template-columns:repeat(4,1fr);gap:24px;background:#f3f3f3;padding:24px;font:14px system-ui,sans-serif}.legal{grid-column:1 / -1;color:#666}
.ad-slot{display:flex;flex-direction:column;align-items:center;margin:16px auto}.ad-label{font:11px system-ui,sans-serif;color:#888;text-transform:uppercase}.ad-slot iframe{border:0}
.feed{max-width:720px;margin:0 auto}.feed-item{display:grid;grid-template-columns:240px 1fr;gap:12px;margin:12px 0}.feed-item img{width:240px;height:150px;display:block}
`;

const pages = [];
const add = (name, html) => pages.push({ name, html });

const ARTICLE_TITLES = [
  [true, 'Inside the detention centre where hundreds vanished'],
  [true, 'A week on the front line: the hospital under fire'],
  [true, 'How investigators traced the massacre in the village'],
  [false, 'The quiet revival of the night train'],
  [false, 'Why the housing crisis is spreading to small towns'],
  [false, 'The scientists racing to save the glaciers'],
  [true, 'After the siege: counting the dead in a ruined city'],
];
ARTICLE_TITLES.forEach(([conflict, title], i) =>
  add(`article-${i + 1}`, longArticle({ conflict, title, paragraphs: between(60, 110), figures: between(8, 16) })),
);
const GALLERY_TITLES = [
  [true, 'In pictures: the aftermath of the strikes', 120],
  [false, 'Photos of the week', 110],
  [true, 'In pictures: the exhumations', 140],
  [false, 'The year in pictures', 180],
  [false, 'Cycling race, stage by stage', 105],
];
GALLERY_TITLES.forEach(([conflict, title, count], i) =>
  add(`gallery-${i + 1}`, gallery({ conflict, title, count, lazy: i % 2 === 0 })),
);
const LIVE_TITLES = [
  [true, 'War live: shelling resumes overnight'],
  [false, 'Election night live: results as they come in'],
  [true, 'Earthquake and aftershocks: live updates'],
  [false, 'Budget day live'],
  [false, 'Cup final live: every goal and talking point'],
];
LIVE_TITLES.forEach(([conflict, title], i) => add(`live-${i + 1}`, liveBlog({ conflict, title, entries: between(200, 280) })));
add('front-1', frontPage({ title: 'The Evening Ledger: news, analysis, opinion', sections: 16, cardsPerSection: 10 }));
add('front-2', frontPage({ title: 'The Evening Ledger: World', sections: 14, cardsPerSection: 12 }));
add('front-3', frontPage({ title: 'The Evening Ledger: Sport', sections: 8, cardsPerSection: 8 }));

// The ordinary article for the first-paint bench: one safe lead picture, marked for element
// timing, among normal article furniture.
random = seeded(99);
const lead = picture('lead');
const firstPaint = `${head('Council approves new tram line after a decade of debate', 'The line will link the station with the university and the hospital by 2030.')}
${siteHeader()}
<main class="page"><article class="article">
<header class="article-header"><p class="kicker">Transport</p><h1>Council approves new tram line after a decade of debate</h1>
<p class="standfirst">The line will link the station with the university and the hospital by 2030.</p>${byline()}</header>
<figure class="lead-image"><img elementtiming="lead-image" src="${lead.src}" alt="A tram at the station in Leeds" width="${lead.w}" height="${lead.h}"><figcaption><span class="caption-text">A test tram at the main station on Tuesday.</span> <span class="credit">Photo: Ines Duarte / Ledger</span></figcaption></figure>
<div class="article-body">
${Array.from({ length: 14 }, () => paragraph(0)).join('\n')}
${figure('body', false)}
${Array.from({ length: 8 }, () => paragraph(0)).join('\n')}
</div>
</article>
${relatedRail(8)}
</main>
${siteFooter()}`;

// The infinite-scroll feed for the memory bench: window.forewarnBenchFeed(total, batch) adds
// pictures in batches, one batch per frame, and removes the oldest so at most `keep` stay, as
// virtualised feeds do. Some captions are graphic, so covers are made and dropped too.
random = seeded(1234);
const feedPictures = HUES.slice(0, 4).map((hue) => `data:image/png;base64,${png(120, 75, hue).toString('base64')}`);
const feedCaptions = Array.from({ length: 50 }, (_, i) => fill(i % 5 === 0 ? pick(GRAPHIC_CAPTIONS) : pick(SAFE_CAPTIONS)));
const feed = `${head('Latest: the live feed', 'Every story as it is published.')}
${siteHeader()}
<main class="feed" id="feed"></main>
<script>
// The site's feed: endless stories, oldest dropped from the DOM as new ones arrive.
const CAPTIONS = ${JSON.stringify(feedCaptions)};
// Pictures are inline (data: URLs): a removed picture whose download is still pending stays
// alive in the browser, so 10,000 fetches would measure the network queue, not the extension.
const PICTURES = ${JSON.stringify(feedPictures)};
let serial = 0;
window.forewarnBenchFeed = (total, batch = 50, keep = 60) => new Promise((done) => {
  const feed = document.getElementById('feed');
  let added = 0;
  const step = () => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < batch && added < total; i++, added++) {
      const n = serial++;
      const item = document.createElement('article');
      item.className = 'feed-item';
      const caption = CAPTIONS[n % CAPTIONS.length];
      item.innerHTML = '<figure><img width="240" height="150" alt="" src="' + PICTURES[n % PICTURES.length] + '"><figcaption>' + caption + '</figcaption></figure><div><h3>Story ' + n + '</h3><p>' + caption + '. More soon.</p></div>';
      fragment.append(item);
    }
    feed.append(fragment);
    while (feed.childElementCount > keep) feed.firstElementChild.remove();
    if (added < total) requestAnimationFrame(step);
    else requestAnimationFrame(() => done(serial));
  };
  step();
});
</script>
${siteFooter()}`;

await rm(OUT, { recursive: true, force: true });
// A short text-only brief, no pictures and no frames: what the extension costs any document.
random = seeded(4321);
const brief = `${head('Weather: a mild week ahead', 'Forecasters expect a mild and dry week.')}
<main class="page"><article class="article"><h1>Weather: a mild week ahead</h1>
<div class="article-body">${Array.from({ length: 6 }, () => paragraph(0)).join('\n')}</div></article></main>
</body>
</html>
`;

// The same brief with eight advertising frames between its paragraphs: the difference between
// the two is what the extension costs per ad frame (each frame runs its own content script).
// Once with same-origin frames, once with frames from another site: with site isolation each
// frame site gets a renderer process of its own, which the extension's script starts cold in.
random = seeded(4321);
const AD_FRAMES = 8;
const briefParagraphs = Array.from({ length: 6 }, () => paragraph(0));
const framedBrief = (crossSite) => `${head('Weather: a mild week ahead', 'Forecasters expect a mild and dry week.')}
<main class="page"><article class="article"><h1>Weather: a mild week ahead</h1>
<div class="article-body">${briefParagraphs
  .map((p, i) => [p, ...Array.from({ length: i < 4 ? 2 : 0 }, (_, k) => adSlot((i * 2 + k) % 2 ? 'leaderboard' : 'mpu', false, crossSite))].join('\n'))
  .join('\n')}</div></article></main>
</body>
</html>
`;

for (const dir of ['pages', 'images', 'assets', 'ads', 'fixed-cost', 'first-paint', 'infinite-scroll']) await mkdir(join(OUT, dir), { recursive: true });
await writeFile(join(OUT, 'assets', 'site.css'), CSS);
for (const p of PICTURES) await writeFile(join(OUT, 'images', p.file), png(p.w, p.h, p.hue));
for (const { name, html } of pages) await writeFile(join(OUT, 'pages', `${name}.html`), html);
await writeFile(join(OUT, 'first-paint', 'ordinary-article.html'), firstPaint);
await writeFile(join(OUT, 'fixed-cost', 'brief.html'), brief);
await writeFile(join(OUT, 'fixed-cost', 'ad-frames.html'), framedBrief(false));
await writeFile(join(OUT, 'fixed-cost', 'ad-frames-cross-site.html'), framedBrief(true));
await writeFile(join(OUT, 'ads', 'leaderboard.html'), AD_PAGE('leaderboard', 728, 90));
await writeFile(join(OUT, 'ads', 'mpu.html'), AD_PAGE('mpu', 300, 250));
await writeFile(join(OUT, 'infinite-scroll', 'feed.html'), feed);
await writeFile(
  join(OUT, 'README.md'),
  `# Bench pages\n\nWritten by \`node scripts/bench/make-bench-pages.mjs\` (deterministic; do not edit by hand).\n` +
    `pages/: ${pages.length} news pages for the page-cost bench (long articles, galleries of 100+ pictures, live blogs and front pages of 3,000+ DOM nodes).\n` +
    `ads/: advertising slots the pages frame (same-origin iframes with a picture).\n` +
    `fixed-cost/: a short text-only brief (what the extension costs any document), and the same brief with ${AD_FRAMES} ad frames (what it costs per frame), same-origin and from another site (localhost).\n` +
    `first-paint/: an ordinary article whose safe lead picture carries elementtiming.\n` +
    `infinite-scroll/: a feed that adds and drops pictures (memory bench).\n`,
);
console.log(`wrote ${pages.length} bench pages, ${PICTURES.length} pictures to ${OUT}`);
