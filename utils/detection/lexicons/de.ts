import type { LexiconData } from './lexicon-types';

// German. Case and number by endings (Leiche/Leichen -> "leich", Massengräber -> "massengrab");
// compounds by markers: `folter-` opens Folteropfer, Folterkeller; `-verletzung` closes
// Schussverletzung. Umlauts stay letters of their own; ß is folded to ss.
export const de: LexiconData = {
  lang: 'de',
  inflection: 'suffix',
  endings: 'ungen ung ern er en em es e n s et',
  minStem: 3,
  graphic: {
    'dead-bodies': 'tot zivilist-/kind/kinder/mensch-/mann/männer/frau/frauen/soldat-/häftling-/gefangen-/bewohner-/körper|liegen/lagen tot|leichnam|tote körper|leichenhalle|gerichtsmedizin|tote liegen|liegen tot',
    torture: 'folter-|gefoltert-|-folter|foltermal-|folterspuren|brandmale|brandwunden von zigaretten|elektroschocks|ausgepeitscht|verstümmelt-|verstümmelung',
    execution: 'todesurteil-/todesstrafe *? *? *? vollstreckt-|vollstreckung des/der todesurteil-/todesstrafe|vollstreckt- todesurteil-|hinrichtung|hingerichtet-|-hinrichtung|exekution|exekutiert-|enthauptet|geköpft|erhängt|gehängt|galgen|erschießungskommando|kopfschuss|gelyncht|lynchmord|schieß-/schoss-/feuer auf *? unbewaffnet-/gefesselt-/wehrlos-/zivilist-/gefangen-/häftling-|auf unbewaffnet-/gefesselt-/wehrlos-/zivilist-/gefangen-/häftling- *? *? *? schieß-/schoss-/geschossen',
    injury: 'abgetrennt-|zerstückelt-|blutüberströmt-|blutverschmiert-|blutbefleckt-|blutlache|eingeweide',
    remains: 'menschliche überreste|sterbliche überreste|massengrab|massengräber-|schädel|skelett|knochen von opfern|gebeine|exhumierung|exhumiert-',
    'sexual-violence': 'nackte häftlinge|zwangsentkleidung',
  },
  injury: {
    execution: 'eröffne-? das? feuer auf die? demonstrant-/menge/-bewohner/zivilist-',
    injury: 'erschossen-|niedergeschossen-|striemen|verletzt-|verletzung|-verletzung|-verletzte|-verletzten|verwundet-|verwundung|-wunde|=wunde|=wunden|=blut|blutend-|=blutig|=blutige|=blutigen|=blutiger|verbrannt|verbrennungen|granatsplitter|amputiert-|amputation|bandagiert-|blutergüsse|prellungen|narben|lazarett|feldlazarett|triage',
    // "Bayern geschlagen", "von der Krise geschlagen": eine Niederlage, keine Schläge.
    torture: 'zusammengeschlagen-|totgeschlagen-|verprügelt-|brutal geschlagen-|von polizist-/wärter-/soldat-/sicherheitskräfte-/aufseher-/milizionär- geschlagen-|häftling-/gefangen-/demonstrant- wurden/werden? *? *? geschlagen-|misshandelt-|misshandlung|ausgepeitscht',
    'dead-bodies': 'leichentuch|die toten|getötet-/ermordet- zivilist-/kind/kinder/mensch-/mann/männer/frau/frauen/soldat-/häftling-/gefangen-/bewohner-',
  },
  borderline: {
    'dead-bodies': 'trauer-|trauern|trauernde|beerdigung|begräbnis|bestattung|beisetzung|grab|gräber|friedhof|sarg|särge|mahnwache|gedenken|gedenkfeier|trauerzug',
    injury: 'trümmer|ruinen|schutt|zerstört',
  },
  evacuation: 'evakuierung|evakuiert-|trage|krankentrage|krankenwagen|rettungswagen|sanitäter|rettungskräfte|bergung',
  topic: {
    // Eine Totenzahl ist eine Zählung, keine Bildbeschreibung ("Zahl der getöteten Zivilisten" vor "getötete Zivilisten").
    'dead-bodies': 'zahl der toten/todesopfer/getöteten/opfer|totenzahl|opferzahl|todeszahl|blutbad|töten|getötet-|tot|tod|todesopfer|ermordet-|mord|massaker|gemetzel|opfer|völkermord|genozid|gräueltat-|kriegsverbrechen|luftangriff|bombardierung|beschuss|granaten|schüsse|scharfschütze|anschlag|angriff|umgebracht',
    torture: 'häftling|gefangene|inhaftiert-|verhör|misshandlung|verschwindenlassen|verschwunden|folterer',
    execution: 'todesstrafe|todesurteil|zum tode verurteilt',
    'sexual-violence': 'vergewaltigung|vergewaltigt-|sexuelle gewalt|sexualisierte gewalt|sexueller missbrauch|sexuelle übergriffe',
    injury: 'gewalt',
  },
  traps:
    'foltertest|folter-test|härtetest|killerfeature|killer-feature|killerfunktion|torschuss|torschüsse|schuss aufs tor|schuss auf das tor|blutorange-|blutdruck-|blutspende-|bluttest-|blutwert-|blutgruppe-|blutzucker-|blutprobe-|blutwurst|blutmond|blutjung|blutiger anfänger|totes rennen|toten winkel|totes meer|tote hose|totenkopfäffchen|tot lachen|totgelacht|stillleben|knieverletzung|knöchelverletzung|muskelverletzung|oberschenkelverletzung|sprunggelenkverletzung|schulterverletzung|adduktorenverletzung|leistenverletzung|rückenverletzung|sportverletzung-|verletzungspause|verletzungsbedingt-|verletzungssorgen|verletzungsmisere|verletzungsanfällig-|datenschutzverletzung|urheberrechtsverletzung|pflichtverletzung|rechtsverletzung|verletzung des/der datenschutzes/vertrags/regeln/pflicht|grab der musik|sarggeschichte|trage die|trage den|trage ich|die trage ich|friedhof der kuscheltiere|opfer seines erfolgs|ausführung des plans|exekution des/der/von *? *? plan-/-plan/-plans/strategie/-strategie/auftrag-/-auftrag/vertrag-/projekt-/-projekt/urteil-|perfekte/saubere/schlechte/mangelhafte/präzise/starke/schwache/taktische exekution|exekutionsordnung|exekutionsverfahren|exekutionstitel|exekutionsgericht|exekutiert- den/die/das *? *? plan-/-plan/strategie/-strategie|tötet/töten/tötete/getötet die/den/das? konkurrenz/wettbewerb/margen/marge/stimmung/innovation/hoffnung-/nachfrage/wachstum/geschäft/markt/zeit/konsum/kaufkraft/absatz/umsatz',
  sport:
    'spiel|saison|trainer|stürmer|mittelfeldspieler|torwart|turnier|liga|bundesliga|mannschaft|olympia|meisterschaft|stadion|tennis|fußball|handball|basketball|fällt aus',
  fiction:
    'theater|theaterstück|bühne|inszenierung|schauspieler|schauspielerin|premiere|drama|krimi|tatort|fernsehserie|krimiserie|staffel|roman|thriller|horrorfilm|spielfilm|kinofilm|oper|probe|videospiel|kostüm|halloween|zombie|fiktion|dreharbeiten|netflix',
  nonDepiction:
    'porträt|portrait|passfoto|karte|landkarte|satellit-|satellitenbild|grafik|infografik|logo|diagramm|pressekonferenz|gericht|gerichtssaal|prozess|verhandlung|posiert|screenshot|bildschirmfoto|dokument|buchcover|plakat|transparent|luftaufnahme|sagt aus|interview|rede|spricht',
  explicitDeath: 'leiche|leichen-|leblos-|verkohlt|verwest|verwesend',
  document: 'eines/eine/eins von/der *? *? foto/bild/aufnahme|foto/bild/aufnahme/ausschnitt aus dem/der/den *? akte/archiv/sammlung/datei/video|standbild/screenshot aus',
  depicts: 'zeigt|zeigen|=zu sehen',
};
