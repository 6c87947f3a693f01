import type { LexiconData } from './lexicon-types';
import { carriedOut } from './entry-forms';

// French. Gender and number by endings: torturé/torturée/torturés/torturées/torture -> "tortur";
// accents are folded by normalization, so "execute" meets "exécuté".
/** Ce qu'on exécute quand « exécution » veut dire mise en œuvre : un plan, un contrat, un budget, un morceau. */
const CARRIED_OUT =
  'plan/plans/projet/projets/contrat/contrats/budget/budgets/programme/programmes/code/tâche/tâches/jugement/jugements/travaux/accord/mandat/stratégie/réforme/réformes/morceau/œuvre/oeuvre/partition/symphonie/sonate/concerto/schéma';

export const fr: LexiconData = {
  lang: 'fr',
  inflection: 'suffix',
  endings: 'ations ation ements ement ées ée és é es e s x aux ers er ère ères ions ion ants ant antes ante',
  minStem: 3,
  graphic: {
    'dead-bodies':
      'corps|dépouille|dépouilles mortelles|morgue|mort/morts/mortes gisant|gisant mort',
    torture:
      'torture|traces de torture|marques de brûlure/brûlures|brûlures de cigarette|électrocuté|chocs électriques|flagellé|supplicié|mutilé',
    execution: 'exécution|fusillé|fusillade de prisonniers|décapité|égorgé|peloton d\'exécution|pendu|pendaison|potence|exécution sommaire|balle dans la tête|lynché|lynchage|tirer/tirant/=tirent/=tire/=tiré sur des/les civil/prisonnier/détenu/captif|tirer/tirant/=tirent/=tire/=tiré/feu sur des/les *? désarmé/ligoté',
    injury: 'sectionné|démembré|ensanglanté|couvert de sang|maculé de sang|mare de sang|éviscéré|membres arrachés',
    remains: 'restes humains|fosse commune|=charnier|=charniers|crâne|squelette|ossements|exhumation',
    'sexual-violence': 'dénudés|nus forcés|déshabillés de force',
  },
  injury: {
    execution: 'ouvrir/ouvrant/=ouvrent/=ouvre/=ouvert? le? feu sur/contre la/les/des manifestant/foule/villageois/civil/prisonnier',
    injury: 'gisent|gisait|gisaient|=gît|blessé|blessure|saignant|sang|sanglant|brûlé|brûlures|éclats d\'obus|amputé|pansement|bandé|ecchymose|hématome|cicatrice|victime blessée|hôpital de campagne|triage',
    // "battu" (un match perdu) et "frappé par" (une vague de chaleur, une frappe) ne sont pas des coups :
    // il faut la victime, l'auteur ou la manière.
    torture:
      'battu à mort|battu par des/les/la? policier/police/gardien/soldat/geôlier/milicien/militaire/agent/surveillant/codétenu|détenu/prisonnier/manifestant/migrant/femme/enfant battu|passé à tabac|tabassé|roué de coups|frappé à/de coups|coups de matraque|maltraité|fouetté',
    'dead-bodies': 'linceul|les morts|abattu',
  },
  borderline: {
    'dead-bodies': 'deuil|endeuillé|funérailles|obsèques|enterrement|inhumation|tombe|cimetière|cercueil|sépulture|veillée|recueillement|pleurent|mémorial|cortège funèbre',
    injury: 'décombres|gravats|ruines|débris',
  },
  evacuation: 'porter/portent/portant/porté un/une/des/le/la/les? blessé|évacuer|civière|brancard|ambulance|secouriste|sauveteur|urgentiste|secours',
  topic: {
    // Un bilan est un décompte, pas une description d'image (et "le nombre des morts" passe avant "les morts").
    'dead-bodies': 'bilan des/de morts/victimes/tués/décès|bilan humain|bilan provisoire|le bilan s alourdit|nombre de/des morts/victimes/tués/décès|bain de sang|tuer|tué|mort|décès|décédé|meurtre|massacre|tuerie|victime|génocide|atrocité|crime de guerre|frappe|frappe aérienne|bombardement|obus|tir|tireur|abattu|attentat|attaque',
    torture: 'sévices|détenu|prisonnier|interrogatoire|mauvais traitement|disparition forcée|tortionnaire',
    execution: 'peine de mort|condamné à mort',
    'sexual-violence': 'viol|violences sexuelles|agression sexuelle|esclavage sexuel',
    injury: 'violence',
  },
  traps:
    `cessez le feu|vrai/véritable/pure/une torture pour|vrai/véritable supplice|bloody mary|test/tests/essai/essais de torture|torture test|fonctionnalité/application/appli/argument tueuse/tueur|killer app|tuer/tue/=tuent/tué/=tuait la/les/le/l? concurrence/marges/marge/croissance/emploi/emplois/innovation/suspense/match/rencontre/projet/marché/commerce/demande/ambiance/espoir/espoirs/moral/temps/rêve/débat/consommation/dvd/cd/vinyle/fax/chèque|tuer/tue/tué dans l œuf/oeuf|tue l amour|killer feature|tir au but|tir cadré|tir/tirs sur le but|orange/oranges sanguine/sanguines|corps diplomatique/enseignant/médical/électoral/professoral/législatif/céleste/célestes/arbitral|corps d'armée|corps de métier/métiers/ballet/garde|garde du corps|corps et âme|corps à corps|à corps perdu|esprit de corps|corps gras|corps étranger|corps humain|corps de texte|prise de sang|don du sang|don de sang|analyse/analyses/test de sang|pression/groupe sanguine/sanguin|sang-froid|coup de sang|sang neuf|nature/natures morte/mortes|mer morte|point mort|temps mort|langue/langues morte/mortes|mort de rire|arrivée ex aequo|${carriedOut('exécution', 'du/de/d/des', CARRIED_OUT)}|exécution budgétaire/financière/comptable|exécution parfaite/impeccable/irréprochable/soignée/remarquable/médiocre/approximative/technique/tactique/collective/chirurgicale/clinique/magistrale|exécution sans faute/faille/bavure|exécution forcée/provisoire|voies d exécution|juge de l exécution|bien/mal/parfaitement exécuté|exécuté à la perfection|exécution des ordres/transactions/travaux/contrats/décisions/réformes/peines/mesures/tâches/commandes/programmes/budgets/projets/arrêts/jugements|exécution du plan/projet/contrat/budget/programme/code/jugement/mandat|bonne/mauvaise/parfaite/belle exécution|exécuté * plan/projet|mise à mort du taureau|blessure/blessé au genou/mollet/dos/pied/coude/poignet/ménisque|blessure/blessé à la cheville/cuisse/hanche|sort/sorti/sortie sur blessure|sortie sur civière|blessure/blessures musculaire/musculaires|blessure d'amour-propre|crâne rasé|arbres abattus|squelette du bâtiment|frappé par une/la/les/un/le? vague/vagues/crise/canicule/sécheresse/tempête/inondations/pénurie/grève/épidémie/inflation/chômage/malchance/sanction/sanctions/amende/scandale|tombe en panne|tombe à|tombe sous`,
  sport:
    '=match|=matchs|saison|entraîneur|attaquant|milieu de terrain|gardien de but|tournoi|championnat|ligue|joueur|coéquipier|olympique|stade|sprinteur|tennis|football|rugby|basket|forfait',
  fiction:
    'théâtre|pièce de théâtre|mise en scène|acteur|actrice|comédien|comédienne|avant-première|première du film|drame|série télévisée|série policière|épisode|roman|polar|thriller|film d\'horreur|film policier|téléfilm|opéra|répétition|jeu vidéo|costume|halloween|zombie|fiction|tournage|cinéma|netflix|festival de cannes',
  nonDepiction:
    'portrait|photo d\'identité|carte|satellite|image satellite|graphique|infographie|logo|schéma|conférence de presse|tribunal|procès|audience|cour d\'assises|cour d\'appel|cour pénale|cour de justice|cour suprême|cour de cassation|pose pour|posent pour|posant|capture d\'écran|document|couverture du livre|pancarte|banderole|vue aérienne|témoigne|interview|entretien|discours|s\'exprime',
  explicitDeath: 'cadavre|housse mortuaire|sans vie|carbonisé|calciné|en décomposition',
  document: 'capture d/de/du/des|capture vidéo|image/photo extraite d/de/du/des|une des/parmi les? *? *? photo/image/cliché|capture d écran d/de une? vidéo|=extrait du/des/de/d|photo/image/cliché tiré/issu du/des/de/d',
  depicts: 'montre|représente|on voit',
};
