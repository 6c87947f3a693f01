// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { PageTextContext, Sensitivity } from '../../../utils/detection/detection-types';
import { shouldCover } from '../../../utils/detection/should-cover';
import { gatherImageContext } from '../../../utils/dom/gather-image-context';
import { gatherPageContext } from '../../../utils/dom/gather-page-context';
import { findTeaserCard } from '../../../utils/dom/find-teaser-card';

// Front pages: every teaser card is its own story. Its picture is judged on the card's own alt,
// headline, standfirst and file name, never on the page's violence share or the next card's words.

const card = (id: string, alt: string, headline: string, standfirst: string, file = `${id}.jpg`) =>
  `<div class="card"><a class="card-link" href="/${id}"><div class="card-media"><img id="${id}" src="/img/${file}" alt="${alt}" width="480" height="270"></div>
   <div class="card-text"><span class="tag">World</span><h3>${headline}</h3><p>${standfirst}</p><span class="meta"><time>2h ago</time></span></div></a></div>`;

const FRONT = `<header class="site-header"><a class="logo" href="/"><img id="logo" src="/logo.svg" alt="The Ledger"></a></header>
<main class="front"><section class="front-section"><h2>World</h2><div class="cards">
${card('war-1', '', 'Bodies found in mass grave near the front line', 'Investigators say the victims were shot at close range.')}
${card('strike', '', 'Rail strike called off after late-night deal', 'Commuters had faced a second week of cancellations.')}
${card('war-2', 'Corpses wrapped in blankets line the courtyard of a clinic', 'Clinic overwhelmed after missile strike', 'Doctors say the killings must be investigated.')}
${card('talks', 'Delegates arrive for the talks in Geneva', 'Bodies still lie in the streets as talks resume', 'Mediators hope for a first deal this week.')}
${card('inquiry', '', 'Rights groups call for inquiry into the killings', 'The government denies any involvement in the attack.')}
${card('film', '', 'A murder in the manor: the crime drama everyone is watching', 'The series premiere drew eight million viewers.')}
${card('layout', '', 'City approves plan for car-free centre', 'Residents can comment until March.', 'article-body-3.jpg')}
${card('named', '', 'A year on, investigators return to the forest', 'Prosecutors are still identifying the dead.', 'mass-grave-bodies.jpg')}
</div></section>
<p>The killings in the region have been condemned. Witnesses described executions and bodies in the streets.</p>
<p>Human rights groups say the massacre was one of the worst of the war so far.</p>
</main>`;

let page: PageTextContext;

function verdictOf(id: string) {
  return classifyImageContext(gatherImageContext(document.getElementById(id)!), page);
}
function covered(id: string, sensitivity: Sensitivity = 'balanced'): boolean {
  return shouldCover(verdictOf(id), sensitivity);
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'The Ledger – news, analysis, opinion';
  document.body.innerHTML = FRONT;
  page = gatherPageContext(document);
});

describe('teaser cards on a front page', () => {
  it('places a card picture as a teaser with its own headline and standfirst only', () => {
    const ctx = gatherImageContext(document.getElementById('strike')!);
    expect(ctx.placement).toBe('teaser');
    expect(ctx.heading).toBe('Rail strike called off after late-night deal');
    expect(ctx.after).toContain('Commuters had faced');
    expect(ctx.after).not.toContain('Bodies');
    expect(ctx.before).toBeUndefined();
  });

  it('does not cover a neutral teaser between two war teasers on a violent page', () => {
    expect(page.violenceShare).toBeGreaterThanOrEqual(0.25);
    expect(covered('strike')).toBe(false);
    expect(covered('strike', 'strict')).toBe(false);
  });

  it("covers a teaser whose own headline or alt names graphic imagery", () => {
    expect(covered('war-1')).toBe(true);
    expect(verdictOf('war-1').reason?.source).toBe('heading');
    expect(covered('war-2')).toBe(true);
    expect(verdictOf('war-2').reason?.source).toBe('alt');
  });

  it('keeps a picture its alt describes otherwise, or a card that only speaks of killings, for strict', () => {
    expect(covered('talks')).toBe(false);
    expect(covered('talks', 'strict')).toBe(true);
    expect(covered('inquiry')).toBe(false);
    expect(covered('inquiry', 'strict')).toBe(true);
    // Described as something else, a card that only mentions killings leaves it alone.
    document.querySelector<HTMLImageElement>('#inquiry')!.alt = 'The ministry building in the capital at dawn';
    expect(covered('inquiry', 'strict')).toBe(false);
  });

  it('does not cover a crime drama teaser at any level', () => {
    expect(covered('film', 'strict')).toBe(false);
  });

  it('reads the file name: a layout name is safe, a telling one covers', () => {
    expect(covered('layout', 'strict')).toBe(false);
    expect(covered('named')).toBe(true);
    expect(verdictOf('named').reason?.source).toBe('file-name');
  });
});

describe('a card is one story', () => {
  it("reads a match report's strong words as sport: not at balanced", () => {
    const spanish: PageTextContext = { title: 'El Diario', lang: 'es', violenceShare: 0.8, categories: ['execution'] };
    const image = {
      placement: 'teaser' as const,
      heading: 'El Madrid remonta con un disparo a puerta en el último minuto',
      after: 'Una ejecución perfecta del plan de partido, según el entrenador.',
    };
    expect(shouldCover(classifyImageContext(image, spanish), 'balanced')).toBe(false);
    // The same standfirst without the match is read as an execution.
    expect(shouldCover(classifyImageContext({ ...image, heading: 'Noticias del día', after: 'Una ejecución en la plaza.' }, spanish), 'balanced')).toBe(true);
  });
});

describe('other teaser layouts', () => {
  it('finds <article> teasers with <h2><a> and a figure after the text', () => {
    document.body.innerHTML = `<main><article class="story"><div><h2><a href="/x">Charred bodies recovered after village set on fire</a></h2>
      <p>Residents fled before dawn.</p></div><figure><a href="/x"><img id="t" src="/t.jpg" alt=""></a></figure></article>
      <article class="story"><h2><a href="/y">Five books to read this winter</a></h2><a href="/y"><img id="u" src="/u.jpg" alt=""></a></article></main>`;
    const ctx = gatherImageContext(document.getElementById('t')!);
    expect(ctx.placement).toBe('teaser');
    expect(ctx.heading).toContain('Charred bodies');
    expect(gatherImageContext(document.getElementById('u')!).heading).toBe('Five books to read this winter');
  });

  it('reads the headline of a thumbnail list item whose link holds picture and words', () => {
    document.body.innerHTML = `<main><ul class="headline-list">
      <li><a href="/a"><img id="a" src="/a.jpg" alt="" width="100" height="66"><span>Cholera outbreak spreads in the camps</span></a></li>
      <li><a href="/b"><img id="b" src="/b.jpg" alt="" width="100" height="66"><span>Mass grave with 87 bodies found, UN says</span></a></li></ul></main>`;
    expect(gatherImageContext(document.getElementById('a')!).heading).toBe('Cholera outbreak spreads in the camps');
    page = gatherPageContext(document);
    expect(covered('a')).toBe(false);
    expect(covered('b')).toBe(true);
  });

  it('reads a package teaser (own picture plus linked thumbnails) without its links\' words', () => {
    document.body.innerHTML = `<main><article class="story"><h2><a href="/clinic">The volunteer doctors keeping a clinic open</a></h2>
      <p>Twelve doctors and one generator.</p><a href="/clinic"><img id="main-pic" src="/m.jpg" alt=""></a>
      <ul><li><a href="/farmers"><img id="link-pic" src="/l.jpg" alt="" width="100" height="66">Bodies of 12 farmers found near the river</a></li></ul></article></main>`;
    const main = gatherImageContext(document.getElementById('main-pic')!);
    expect(main.placement).toBe('teaser');
    expect(main.heading).toBe('The volunteer doctors keeping a clinic open');
    expect(main.after).not.toContain('Bodies');
    expect(gatherImageContext(document.getElementById('link-pic')!).heading).toBe('Bodies of 12 farmers found near the river');
  });

  it('judges a most-read rail thumbnail in an article on its own headline, not the article', () => {
    document.title = 'Detainees tortured to death, leaked photographs show';
    document.body.innerHTML = `<main><article><h1>Detainees tortured to death, leaked photographs show</h1>
      <p>The photographs show the bodies of thousands of detainees bearing marks of torture and starvation.</p>
      <p>Investigators matched the numbers written on the bodies to detention records.</p>
      <aside class="most-read"><h3>Most read</h3>
        <article class="mini"><a href="/a"><img id="safe-thumb" src="/a.jpg" alt="" width="160" height="100"></a><h4><a href="/a">Heatwave breaks records across the south</a></h4></article>
        <article class="mini"><a href="/b"><img id="grave-thumb" src="/b.jpg" alt="" width="160" height="100"></a><h4><a href="/b">Bodies of 60 men found in mass grave</a></h4></article></aside>
      <figure><img id="body-pic" src="/p.jpg" alt=""></figure><p>Families are still searching for relatives who disappeared.</p></article></main>`;
    page = gatherPageContext(document);
    expect(gatherImageContext(document.getElementById('safe-thumb')!).placement).toBe('related');
    expect(covered('safe-thumb', 'strict')).toBe(false);
    expect(covered('grave-thumb')).toBe(true);
    // The story's own uncaptioned picture still takes the article's context.
    expect(gatherImageContext(document.getElementById('body-pic')!).placement).toBe('article-body');
    expect(covered('body-pic')).toBe(true);
  });
});

describe('pictures that are part of the story are not teasers', () => {
  it('keeps the hero under the article’s own linked headline, a captioned figure and a live entry', () => {
    document.title = 'Bodies found in forest grave near Izium – The Courier';
    document.body.innerHTML = `<main><article>
      <header><h1><a href="/izium">Bodies found in forest grave near Izium</a></h1><figure class="hero"><img id="hero" src="/h.jpg" alt=""></figure></header>
      <div class="article-body"><p>Forensic teams began exhuming the bodies on Friday, investigators said in a statement to reporters.</p>
      <figure><a href="/big.jpg"><img id="fig" src="/f.jpg" alt=""></a><figcaption>Investigators at the site. <a href="/photographer">Jane Doe</a></figcaption></figure>
      <section class="live-entry"><div class="entry-body"><p><a href="#">Officials said the count was still rising</a> as more graves were found in the forest.</p>
        <figure><img id="live" src="/l.jpg" alt=""></figure></div></section></div></article></main>`;
    expect(gatherImageContext(document.getElementById('hero')!).placement).toBe('lead');
    expect(gatherImageContext(document.getElementById('fig')!).placement).toBe('article-body');
    expect(gatherImageContext(document.getElementById('live')!).placement).toBe('article-body');
  });
});

describe('reading a teaser card', () => {
  it('asks whether a part of the card holds another picture once per part, not once per element in it', () => {
    const deep = (depth: number, text: string): string =>
      depth === 0 ? text : `<span class="d${depth}">${deep(depth - 1, text)} </span>`;
    document.body.innerHTML = `<main><div class="card"><a href="/story"><img id="pic" src="/a.jpg" alt=""></a>
      <h3><a href="/story">Rail strike called off after late-night deal</a></h3>
      <div class="standfirst">${deep(12, 'Commuters had faced')} ${deep(12, 'a second week of cancellations.')}</div></div>
      <div class="other"><img src="/b.jpg" alt=""></div></main>`;
    const asked: Element[] = [];
    const querySelector = Element.prototype.querySelector;
    Element.prototype.querySelector = function (this: Element, selector: string) {
      if (selector === 'img, video') asked.push(this);
      return querySelector.call(this, selector);
    } as typeof querySelector;
    try {
      const found = findTeaserCard(document.getElementById('pic')!);
      expect(found?.standfirst).toBe('Commuters had faced a second week of cancellations.');
    } finally {
      Element.prototype.querySelector = querySelector;
    }
    expect(asked.filter((el) => el.closest('.standfirst') && el.className !== 'standfirst')).toEqual([]);
  });
});
