import { describe, expect, it } from 'vitest';
import { captionCoverAt, coveredByDefault } from './test-pages';

// Round 120: a caption's wound or body went unread because its word stood in a sense the lexicon
// did not mean. An English `[non-depiction]` noun after the infinitive's "to" is its verb ("to
// document the war", "began to map the grave"): what the photographer or an investigator set out
// to do, not that the picture is a document or a map. Invented captions, on a page that
// says nothing violent, so only the caption's own words decide.

describe("an English non-depiction noun after 'to' is its verb", () => {
  it.each([
    'I went to Iraq to document the war from the viewpoint of medics. Here, a nurse cares for a woman who had been shot through the belly.',
    'A medic treats a wounded boy in Gaza, where the photographer went to document the war.',
    'Forensic teams began to map the mass grave, where the bodies of 40 men lay.',
  ])('covered by default: %s', (caption) => {
    expect(coveredByDefault(caption, 'en')).toBe(true);
  });

  // The nouns still name what the picture is; "court" after "to" is a noun too (guards).
  it.each([
    ['A map of the area where 40 people were killed in the shelling.', 'strict'],
    ['The document lists the names of the dead.', 'strict'],
    ['A chart of the death toll in the first week of the war.', null],
    ['Relatives of the victims on their way to court in The Hague.', null],
    ['A memorial to the victims of the massacre in the village square.', null],
  ])('left as it was: %s', (caption, level) => {
    expect(captionCoverAt(caption, 'en')).toBe(level);
  });

  // The other languages' sections hold the nouns' forms only, so their verbs never kept such a
  // caption from its wound (guards).
  it.each([
    ['de', 'Eine Sanitäterin versorgt einen verletzten Jungen in Gaza, wohin der Fotograf reiste, um den Krieg zu dokumentieren.'],
    ['fr', 'Une infirmière soigne un garçon blessé à Gaza, où le photographe est allé documenter la guerre.'],
    ['es', 'Una enfermera atiende a un niño herido en Gaza, adonde el fotógrafo fue a documentar la guerra.'],
    ['ru', 'Медсестра помогает раненому мальчику в Газе, куда фотограф поехал документировать войну.'],
    ['uk', 'Медсестра допомагає пораненому хлопчику в Газі, куди фотограф поїхав документувати війну.'],
    ['tr', "Gazze'de savaşı belgelemeye giden fotoğrafçının karesinde yaralı bir çocuğa bakan hemşire."],
  ])('covered by default in %s: %s', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
  });
});
