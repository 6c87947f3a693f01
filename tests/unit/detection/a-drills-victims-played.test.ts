import { describe, expect, it } from 'vitest';
import { captionCoverAt, violentPage } from './test-pages';

// Round 167: a caption that says its wounded or dead are played is fiction, as a drill already is.
// Drill reports write it in a few ways in every language: people cast in the role of the wounded
// ("Los figurantes hicieron el papel de heridos…"), made up with fake blood, casualties the
// exercise calls conditional, hypothetical or simulated ("условно пострадавшие", "مصابين
// افتراضيين", "temsili yaralılar"), a scenario ("…getirilmesi senaryosu için"), training for the
// harm named ("يتدربون … للكشف عن المقابر الجماعية"). The traps share the words: a role played in a
// massacre, the "supposed" killer, parole, a mock execution, soldiers training beside the dead.
// Invented captions.

describe('a caption whose wounded or dead are played', () => {
  it.each([
    ['en', 'Volunteers played the role of the wounded in a mock bus crash at the station.'],
    ['en', 'Students made up as casualties with fake blood lie on the platform.'],
    ['en', 'Role players acting as injured passengers wait for paramedics.'],
    ['de', 'Statisten spielten die Verletzten eines angenommenen Busunglücks.'],
    ['de', 'Als Verletzte geschminkte Darsteller liegen mit Kunstblut auf dem Bahnsteig.'],
    ['de', 'Mimen der Notfalldarstellung mit geschminkten Wunden warten auf die Sanitäter.'],
    ['fr', 'Des figurants jouaient le rôle de blessés lors d’un accident simulé.'],
    ['fr', 'Des figurants maquillés, couverts de faux sang, attendent les secours.'],
    ['es', 'Los figurantes hicieron el papel de heridos en un supuesto choque entre un bus y un camión.'],
    ['es', 'Figurantes maquillados con sangre falsa esperan a los sanitarios.'],
    ['ru', 'Статисты сыграли роль раненых в условной аварии автобуса.'],
    ['ru', 'Условно пострадавшим оказывают помощь спасатели МЧС.'],
    ['uk', 'Статисти зіграли роль поранених у змодельованій аварії.'],
    ['uk', 'Умовно постраждалим надають допомогу рятувальники.'],
    ['tr', 'Senaryo gereği yaralanan vatandaşlar ambulansa taşındı.'],
    ['tr', 'Kayıp cenazenin gemiye getirilmesi senaryosu için iki dalgıç hazırlandı.'],
    ['tr', 'Figüranlar kazada yaralananların rolünü üstlendi.'],
    ['ar', 'علماء عراقيون يتدربون في بريطانيا للكشف عن المقابر الجماعية'],
    ['ar', 'متطوعون أدوا دور المصابين في حادث افتراضي.'],
    ['ar', 'رجال الدفاع المدني يسعفون مصابين افتراضيين خلال التمرين.'],
  ])('is fiction: never covered, on a violent page too (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBeNull();
  });

  it.each([
    ['en', 'He played a role in the massacre, in which 40 people were shot dead.', 'balanced'],
    ['en', 'Bodies lie on the platform after the blast.', 'minimal'],
    ['de', 'Die Darstellung der Leichen im Leichenschauhaus.', 'minimal'],
    ['fr', 'Il a joué un rôle dans le massacre : des corps gisent dans la rue.', 'minimal'],
    ['fr', 'La figuration des cadavres dans la rue.', 'minimal'],
    ['es', 'El supuesto asesino junto al cadáver de la víctima.', 'minimal'],
    ['es', 'Un herido es atendido tras el choque entre un bus y un camión.', 'balanced'],
    ['ru', 'Его освободили условно-досрочно; тела убитых лежат на улице.', 'balanced'],
    ['tr', 'Enkazdan cesetler çıkarıldı.', 'minimal'],
    ['ar', 'رجال الدفاع المدني يسعفون المصابين بعد القصف.', 'balanced'],
    ['ar', 'جنود يتدربون قرب جثث القتلى.', 'minimal'],
  ])('keeps real harm that shares the words (%s: %s)', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang)).toBe(level);
  });
});
