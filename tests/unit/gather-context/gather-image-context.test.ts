// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gatherImageContext } from '../../../utils/dom/gather-image-context';
import { gatherPageContext } from '../../../utils/dom/gather-page-context';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { AFTER_CAP } from '../../../utils/detection/context-caps';

const PAGE = `
<header class="site-header"><a class="logo" href="/"><img id="logo" src="/img/logo.svg" alt="The Courier"></a>
  <nav class="main-nav"><img id="nav-icon" src="/i/menu.svg" alt=""></nav></header>
<main>
<article>
  <header><h1>Photographs show detainees tortured to death</h1>
    <figure class="hero"><img id="lead" src="/photos/prison-gate.jpg?w=1200" alt="The gate of the prison" width="1200" height="700"></figure>
  </header>
  <div class="article-body">
    <p>The photographs, smuggled out by a military photographer, show thousands of bodies of detainees.</p>
    <h2>Inside the morgue</h2>
    <p>Many of the bodies bear burn marks and signs of starvation, investigators say in the report.</p>
    <figure><img id="fig" data-src="/photos/IMG_2041%20final.jpg" alt="">
      <figcaption>Bodies of detainees in a military hospital garage. <span class="credit">Photo: Caesar files</span></figcaption></figure>
    <p>The investigators matched the numbers written on the bodies to detention records.</p>
    <div class="gallery"><div class="slide" data-caption="Numbers written on the foreheads of the dead"><img id="slide" src="/g/1.jpg"></div><div class="slide"><img src="/g/2.jpg"></div></div>
    <div class="image-wrap"><img id="wrapped" src="/p/x.jpg" aria-describedby="desc1"><p class="image-caption">A survivor shows scars on his back.</p></div>
    <span id="desc1">Scars from beatings</span>
    <p>Plain text paragraph long enough to be prose around the uncaptioned picture below it.</p>
    <img id="bare" src="/p/bare.jpg">
  </div>
  <div class="author-box"><img id="author" src="/a/jane.jpg" alt="Jane Doe"></div>
  <aside class="related-stories"><img id="related" src="/r/thumb.jpg" alt="Related"></aside>
  <div class="ad-slot"><img id="ad" src="/ads/banner.gif" width="300" height="250"></div>
</article>
</main>`;

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Photographs show detainees tortured to death – The Courier';
  document.body.innerHTML = PAGE;
});

const img = (id: string) => document.getElementById(id)!;

describe('gatherImageContext', () => {
  it('reads figcaption, credit, lazy file name, nearby prose and the section heading', () => {
    const ctx = gatherImageContext(img('fig'));
    expect(ctx.caption).toContain('Bodies of detainees in a military hospital garage.');
    expect(ctx.credit).toBe('Photo: Caesar files');
    expect(ctx.fileName).toBe('IMG_2041 final.jpg');
    expect(ctx.before).toContain('burn marks');
    expect(ctx.after).toContain('numbers written on the bodies');
    expect(ctx.heading).toBe('Inside the morgue');
    expect(ctx.placement).toBe('article-body');
    expect(ctx.alt).toBeUndefined();
  });

  it('reads data-caption from the gallery slide', () => {
    expect(gatherImageContext(img('slide')).caption).toBe('Numbers written on the foreheads of the dead');
  });

  it('reads caption-like neighbours and aria-describedby targets', () => {
    const ctx = gatherImageContext(img('wrapped'));
    expect(ctx.caption).toBe('A survivor shows scars on his back.');
    expect(ctx.aria).toBe('Scars from beatings');
  });

  it('tells placements apart', () => {
    expect(gatherImageContext(img('lead')).placement).toBe('lead');
    expect(gatherImageContext(img('logo')).placement).toBe('logo');
    expect(gatherImageContext(img('nav-icon')).placement).toBe('navigation');
    expect(gatherImageContext(img('author')).placement).toBe('author');
    expect(gatherImageContext(img('related')).placement).toBe('related');
    expect(gatherImageContext(img('ad')).placement).toBe('advertisement');
    expect(gatherImageContext(img('bare')).placement).toBe('article-body');
  });

  it('takes sizes from attributes and the file name without query', () => {
    const ctx = gatherImageContext(img('lead'));
    expect(ctx.width).toBe(1200);
    expect(ctx.height).toBe(700);
    expect(ctx.fileName).toBe('prison-gate.jpg');
  });

  it('gives the uncaptioned image its preceding paragraph', () => {
    expect(gatherImageContext(img('bare')).before).toContain('Plain text paragraph');
  });
});

describe('gatherPageContext', () => {
  it('reads title, lang and the article violence share', () => {
    const page = gatherPageContext(document);
    expect(page.lang).toBe('en');
    expect(page.title).toContain('tortured to death');
    expect(page.violenceShare).toBeGreaterThan(0.4);
    expect(page.categories).toContain('dead-bodies');
  });

  it('works before the body exists (document_start)', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>Morning briefing</title></head></html>', 'text/html');
    doc.body?.remove();
    const page = gatherPageContext(doc);
    expect(page.violenceShare).toBe(0);
    expect(page.title).toBe('Morning briefing');
  });
});

describe('gatherImageContext on other layouts', () => {
  it('treats teaser <article> cards in a related list as related', () => {
    document.body.innerHTML = `<main><article><p>Story text long enough to count as a paragraph of the story.</p>
      <section class="more-stories"><article class="card"><a href="/x"><img id="teaser" src="/t.jpg"></a><h3>Other story</h3></article></section></article></main>`;
    expect(gatherImageContext(document.getElementById('teaser')!).placement).toBe('related');
  });

  it('keeps the story in a layout wrapper named sidebar as the article body', () => {
    document.body.innerHTML = `<div class="content-sidebar-wrap"><article><p>Story</p><img id="in-story" src="/a.jpg"></article></div>`;
    expect(gatherImageContext(document.getElementById('in-story')!).placement).toBe('article-body');
  });

  it('reads the file name of a CSS background picture from the inline style', () => {
    document.body.innerHTML = `<article><div id="bg" role="img" aria-label="Bodies in the morgue" style="background-image: url('/photos/morgue-01.jpg?w=800')"></div></article>`;
    const ctx = gatherImageContext(document.getElementById('bg')!);
    expect(ctx.fileName).toBe('morgue-01.jpg');
    expect(ctx.aria).toBe('Bodies in the morgue');
  });
});

describe('gatherPageContext root', () => {
  it('measures the story, not the first teaser card', () => {
    document.body.innerHTML = `<header><article class="teaser"><p>Weather: a mild and sunny weekend ahead for the region.</p></article></header>
      <main><article><p>The bodies of detainees bore burn marks and signs of torture, investigators said.</p>
      <p>Former prisoners described beatings and electric shocks in the basement cells.</p></article></main>`;
    expect(gatherPageContext(document).violenceShare).toBeGreaterThan(0.9);
  });
});

describe('gatherPageContext language', () => {
  it('reads the language from the text when the page declares none', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Burkina Faso</title></head><body><article><p>Les corps des villageois ont été retrouvés dans une fosse commune près de Djibo, selon les témoins.</p><p>Les survivants ont enterré les morts et l’armée dément toute implication dans ces massacres.</p></article></body></html>',
      'text/html',
    );
    const page = gatherPageContext(doc);
    expect(page.lang).toBe('fr');
    expect(page.violenceShare).toBeGreaterThan(0.9);
  });

  it('overrules a template lang="en" on a page plainly in Spanish', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="en"><head><title>Fosas</title></head><body><article><p>Los peritos forenses trabajan en la exhumación de los restos humanos en el predio de Tlaquepaque, según la fiscalía.</p><p>Las familias de los desaparecidos esperan los resultados de las pruebas de ADN con los colectivos.</p></article></body></html>',
      'text/html',
    );
    expect(gatherPageContext(doc).lang).toBe('es');
  });
});

describe('gatherImageContext file names behind lazy loaders', () => {
  it('prefers data-src over a placeholder src', () => {
    document.body.innerHTML = `<article><img id="lazy" src="/img/placeholder.gif" data-src="/photos/izium-mass-grave-exhumation.jpg"></article>`;
    expect(gatherImageContext(document.getElementById('lazy')!).fileName).toBe('izium-mass-grave-exhumation.jpg');
  });

  it('takes the first srcset candidate when there is no src', () => {
    document.body.innerHTML = `<article><img id="set" srcset="/p/morgue-400.jpg 400w, /p/morgue-800.jpg 800w"></article>`;
    expect(gatherImageContext(document.getElementById('set')!).fileName).toBe('morgue-400.jpg');
  });
});

describe('a long caption (issue 16.9)', () => {
  // Six sentences of harmless background before the one that matters: well past 400 characters.
  const background =
    'The village lies in a valley two hours from the regional capital, along a road that floods every spring. ' +
    'Its school reopened last year after repairs paid for by the diaspora, and its market now opens twice a week. ' +
    'Most families farm olives and wheat, and many of the young have left for work in the cities or abroad. ';
  const graphic = 'WARNING: GRAPHIC CONTENT. The bodies of three men lie in the courtyard where they were shot.';

  it('keeps the picture\u2019s own words far past the surrounding text\u2019s 400 characters', () => {
    document.body.innerHTML = `<main><figure><img id="long" src="/p/village.jpg" alt="">
      <figcaption>${background.repeat(2)}${graphic}</figcaption></figure></main>`;
    const caption = gatherImageContext(img('long')).caption ?? '';
    expect(caption.length).toBeGreaterThan(600);
    expect(caption).toContain('The bodies of three men lie in the courtyard');
  });

  it('reads the caption as printed: a script or style inside it is not its words', () => {
    document.body.innerHTML = `<main><figure><img id="scripted" src="/p/street.jpg" alt="">
      <figcaption>Bodies lie in the street. <script>document.write("x")</script><style>.a{}</style>Photo: Staff</figcaption></figure></main>`;
    expect(gatherImageContext(img('scripted')).caption).toBe('Bodies lie in the street. Photo: Staff');
  });

  // Round 170: sites print a caption and its credit as two elements with nothing between them
  // (en-0008 "…ate a rabbitCredit: Getty - Contributor", uk-0038 "…у соцмережахФото: Photoshot").
  it.each([
    ['<span>A hunter killed and ate a rabbit</span><span class="credit">Credit: Getty - Contributor</span>', 'A hunter killed and ate a rabbit · Credit: Getty - Contributor'],
    ['<p>Верифікують особу чоловіка на відео у соцмережах</p><p>Фото: Photoshot/picture alliance</p>', 'Верифікують особу чоловіка на відео у соцмережах · Фото: Photoshot/picture alliance'],
    ['<div><span>Der Trainer tröstet seinen Spieler</span></div><small>AFP</small>', 'Der Trainer tröstet seinen Spieler · AFP'],
    ['Rescuers in Bucha<br>Photo: AP', 'Rescuers in Bucha · Photo: AP'],
    ['<span>رجال الإنقاذ في غزة</span><span>الصورة: رويترز</span>', 'رجال الإنقاذ في غزة · الصورة: رويترز'],
  ])('keeps apart two elements of a figcaption printed side by side (%s)', (inner, caption) => {
    document.body.innerHTML = `<main><figure><img id="glued" src="/p/x.jpg" alt=""><figcaption>${inner}</figcaption></figure></main>`;
    expect(gatherImageContext(img('glued')).caption).toBe(caption);
  });

  it.each([
    ['An <b>un</b>believable crowd in <b>B</b>ucha', 'An unbelievable crowd in Bucha'],
    ['Rescuers in <a href="/bucha">Bucha</a>, Ukraine. <span class="credit">Photo: AP</span>', 'Rescuers in Bucha, Ukraine. Photo: AP'],
    ['Water vapour (H<sub>2</sub>O) over Lviv<span class="credit">.</span>', 'Water vapour (H2O) over Lviv.'],
    ['<i>i</i>Phone photos of the market', 'iPhone photos of the market'],
  ])('reads a word styled in pieces, or parts with their own space, as printed (%s)', (inner, caption) => {
    document.body.innerHTML = `<main><figure><img id="styled" src="/p/x.jpg" alt=""><figcaption>${inner}</figcaption></figure></main>`;
    expect(gatherImageContext(img('styled')).caption).toBe(caption);
  });

  it('so the thing a glued caption ends on is read again: a rabbit killed covers nothing', () => {
    document.body.innerHTML = `<main><figure><img id="rabbit" src="/p/x.jpg" alt=""><figcaption><span>The latest case of bubonic plague was reported after a hunter killed and ate a rabbit</span><span class="credit">Credit: Getty - Contributor</span></figcaption></figure></main>`;
    const verdict = classifyImageContext(gatherImageContext(img('rabbit')), { lang: 'en', violenceShare: 0, categories: [] });
    expect(verdict.categories).toEqual([]);
  });

  it('is still bounded: a caption of a megabyte is cut, not copied whole', () => {
    document.body.innerHTML = `<main><figure><img id="huge" src="/p/village.jpg" alt="">
      <figcaption>${background.repeat(4000)}</figcaption></figure></main>`;
    const caption = gatherImageContext(img('huge')).caption ?? '';
    expect(caption.length).toBeLessThanOrEqual(6_000);
    expect(caption.length).toBeGreaterThan(5_000);
  });
});

describe('the paragraph after an uncaptioned picture', () => {
  // A report's paragraph whose last sentence points at the picture, past the first 400 characters.
  const report =
    'The report was published on Monday by the rights group after months of research in the region, with interviews of dozens of witnesses and officials, ' +
    'police officers, doctors, teachers and local council members in four provinces and two neighbouring countries, ' +
    'and with satellite images of the villages taken before and after the fighting, ' +
    'lawyers and relatives of the missing, and it was shared widely on social media by activists and journalists in the following days. The photos were widely shared. ';
  const pointing = 'One can see in one of the photos the bodies of three men left in a ditch.';

  it('keeps the sentence past the first 400 characters that says what the picture shows, and it covers the picture at balanced', () => {
    document.body.innerHTML = `<main><article><figure><img id="bare-figure" src="/p/road.jpg" alt=""></figure>
      <p>${report}${pointing}</p></article></main>`;
    const context = gatherImageContext(img('bare-figure'));
    expect(report.length).toBeGreaterThan(400);
    expect(context.after).toContain(pointing);
    expect(classifyImageContext(context, gatherPageContext(document)).coverAt).toBe('balanced');
  });

  it('is bounded: a paragraph of a megabyte is cut at what detection reads', () => {
    document.body.innerHTML = `<main><article><figure><img id="bare-figure" src="/p/road.jpg" alt=""></figure>
      <p>${report.repeat(20_000)}</p></article></main>`;
    expect(gatherImageContext(img('bare-figure')).after?.length).toBe(AFTER_CAP);
  });
});
