import type { LexiconData } from './lexicon-types';

// English. Light suffix stripping: "bodies"/"body" -> "bod", "tortured"/"torture" -> "tortur".
// Short or ambiguous forms are exact (`=`). Traps sit beside the words they defuse.
/** What is carried out when "execution" means doing a thing: a plan, a contract, a budget. */
const CARRIED_OUT =
  'plan/plans/strategy/strategies/project/projects/contract/contracts/code/program/programs/programme/programmes/vision/transaction/transactions/budget/policy/policies/agreement/deal/reform/reforms/playbook/routine/idea/ideas/mandate/judgment/judgement/script/query/queries';

export const en: LexiconData = {
  lang: 'en',
  inflection: 'suffix',
  endings: 'ings ing ies ied ions ion ed es s e y ly er ers',
  minStem: 3,
  graphic: {
    'dead-bodies':
      'body|dead man/woman/men/women/child/children/people/civilians/soldiers/fighters/bodies/person|morgue|mortuary|lie/lay/lying dead|=slain',
    torture:
      'torture|burn marks|marks of torture|hung/suspended/hanging by wrists/chains/arms|hung/suspended/hanging by * wrists/chains/arms|electric shocks|flogged|whip marks|waterboarding|stress position|=mutilated|mutilation',
    execution:
      'execution|behead|decapitated|firing squad|=hanged|gallows|shot in the head|summary killing/killings|lynched|shoot/=shot at/on? unarmed/civilian/prisoner/detainee/captive/bound/kneeling|fire at/on unarmed/civilian/prisoner/detainee/captive',
    injury:
      // "severe" shares the stem of "severed": the severed word needs a body part beside it.
      '=severed head/heads/limb/limbs/hand/hands/leg/legs/=arm/=arms/foot/feet/finger/fingers/=ear/=ears/body/bodies/torso|head/heads/limb/limbs/hand/hands/leg/legs/=arm/=arms/foot/feet were/was/been? =severed|dismembered|disembowelled|disemboweled|bloodied|blood-soaked|bloodsoaked|soaked in blood|covered in blood|pool of blood|gore|gruesome|entrails|maimed',
    remains: 'human remains|mass grave|skull|skeleton|skeletal remains|bone fragments|exhumed|exhumation|remains of victims/bodies/the/people',
    'sexual-violence': 'stripped naked|forced nudity|naked detainees/prisoners',
  },
  injury: {
    execution: 'open/opened/opening fire on/at the/a? protester/demonstrator/crowd/villager/mourner/refugee/people',
    injury:
      'bloodstained|wounded|injured|bleeding|blood|=burns|burn injury/injuries/wound/wounds/victim/victims/ward/unit|burned/burnt victim/victims/child/children/man/men/woman/women/body/bodies/skin/hand/hands/face/faces/=arm/=arms/leg/legs/feet|burned/burnt to death|burned/burnt alive|severely/badly burned/burnt|gunshot|shrapnel|amputated|amputee|bandaged|bruises|welts|=scar/=scars/=scarred|casualty|field hospital|triage',
    // "beat", "beats" and "beaten" are also a match lost ("Arsenal beaten at home"): a beating
    // needs its victim, its perpetrator or its manner beside it.
    torture:
      '=beatings|a/the =beating|=beating of/by|=beaten to death|=beaten up|=beaten by police/guards/soldiers/officers/security/militia/militiamen/jailers/interrogators/troops|badly/severely/brutally/savagely =beaten|protester/protesters/detainee/detainees/prisoner/prisoners/migrant/migrants/journalist/journalists/woman/women/child/children/boy/boys/girl/girls were/was/are/is/have/has? being/been? =beaten|abused|whipped',
    'dead-bodies': 'shroud|=killed|shot dead|gunned down|the dead',
  },
  borderline: {
    'dead-bodies':
      'mourn|funeral|grave|cemetery|coffin|casket|burial|buried|grieve|wreath|vigil|memorial',
    injury: 'rubble|debris|wreckage|aftermath|destroyed|ruins|bombed',
  },
  evacuation: 'carry/carried/carrying the/a/an? injured/wounded|evacuate|stretcher|ambulance|paramedic|medic|rescue',
  topic: {
    // A death toll is a count of the dead, news about numbers rather than a description of a
    // picture: it is a topic word, and the longer count phrases outrank "the dead" and "killed".
    'dead-bodies': 'death toll|toll rise/rose/climb/pass/reach/jump/hit/top/=topped/mount/soar|quake/earthquake/flood/flooding/storm/fire/blast/crash/war/heat/heatwave/cholera/covid toll|number/toll/count/tally of the/those? *? dead/killed/deaths/victims/fatalities/casualties|casualty/fatality figures/count/toll|kill|dead|death|died|die|murder|massacre|slaughter|victim|fatalities|genocide|atrocity|war crime|bombing|airstrike|air strike|shelling|shot|sniper|attack',
    torture: 'abuse|torturer|detainee|=prisoner|=prisoners|interrogation|ill-treatment|disappeared|enforced disappearance',
    execution: 'death penalty|death sentence',
    'sexual-violence': '=rape|=raped|=rapes|=raping|rapist|sexual violence|sexual assault|sexually abused',
    injury: 'violence|wounded',
  },
  traps:
    `bloody mary/marys|sheer/absolute/pure/utter/real torture|killer blow/whale/whales|dead sea|torture test/tests/chamber/rack|torture-test|killer feature/features/app/apps/whale/whales/deal/deals/instinct/look/looks/heels/product/products/combo/price/prices/design/specs/lineup/question/smile/workout/bargain/bargains/offer/offers/track/song/riff/dress/outfit/content/idea/argument/serve/pass/ball/cross/finish/punch/punchline|kill off|kill/kills/killed/killing the/any/all/its/their/his/her/our? competition/margins/margin/profits/profit/demand/growth/jobs/momentum/mood/buzz/vibe/hopes/hope/chances/chance/bill/deal/plan/proposal/feature/format/idea/innovation/merger/bid/time/conversation/joke/lights/=it/dvd/dvds/cd/cds/vinyl/password/passwords/landline/landlines/ipod/cheque/cheques/fax/email/floppy/consumption/spending|kill the radio/video star|make/made/making/makes a killing|dressed to kill|kill two birds|kill switch|shot on goal/target|shot at goal|shot put|shots on/at goal/target|bodies of water|body of work|body armor/armour/camera/cam/cams/language/shop/text/lotion/wash/count/double/positivity/image/weight/temperature/mass|governing/student/legislative/advisory/regulatory/sovereign/professional/celestial body/bodies|heavenly body/bodies|blood orange/oranges|blood moon|blood drive/donation/donor/donors/bank/test/tests/pressure/sugar/type/sample/samples/work/vessels|bad blood|new blood|dead heat|dead end|dead battery/zone/wood/ball|deadpan|brain dead|grateful dead|execution of *? *? ${CARRIED_OUT}|flawless/poor/strong/weak/great/perfect/excellent/good/bad/clinical/impeccable/sloppy/precise/seamless/superb/brilliant/smooth/solid/tactical/technical/faultless/disciplined/flawed/patchy execution|execution is/was/were/has/had *? flawless/perfect/poor/sloppy/lacking/superb/clinical/impeccable/excellent/brilliant/faultless/precise/better/good/bad/key/everything|all about execution|masterclass/lesson/lessons/exercise/clinic/class in execution|strategy/vision/design/planning/ideas/idea and execution|execution and delivery|execution risk/risks/problems/issues/skills/capability/capabilities/phase|execute/executed/executes/executing *? *? ${CARRIED_OUT}|well/poorly/badly/brilliantly/perfectly/flawlessly/beautifully/expertly/superbly/cleverly/nicely/cleanly executed|execute/executed/executes/executing a trade/order|executed to perfection|executed perfectly/flawlessly/brilliantly/well|execution of the? =order/=orders|execution of trades/transactions/contracts/tasks/code/projects/programs|trade/order execution|execution time/speed/engine/environment|code execution|dying/dead languages|killer of|skull cap|skeleton crew/key|grave concern/concerns/danger/mistake/error|graveyard shift|wounded pride|injury time|hamstring/knee/ankle/groin/shoulder/back injury|injury list/report|stretcher bearers of|blood brothers|death metal|die-hard|=die cast|killing it|shot glass|mug shot|screen shot|screenshot|photo shot|big shot|booster shot|flu shot|long shot|slain dragon`,
  sport:
    '=match|=matches|season|=striker|=strikers|midfielder|goalkeeper|tournament|league|olympic|championship|sidelined|limps off|stadium|kick-off|sprinter|tennis|football|soccer|rugby|cricket|basketball|nba|nfl|hamstring',
  fiction:
    'theatre|theater|actor|actress|cast|premiere|drama|=stage|staging|playwright|rehearsal|opera|movie|thriller|sitcom|series finale|season finale|episode|novel|video game|netflix|hbo|halloween|zombie|costume|special effects|horror film/movie|film premiere|=musical|box office|screenplay|fictional|fiction|reenactment|re-enactment|prop',
  nonDepiction:
    'portrait|headshot|map|satellite|chart|graph|infographic|logo|diagram|press conference|court|courtroom|trial|poses|screenshot|=document|=documents|book cover|placard|banner|aerial view|testifies|interview|speaks|speech|handout portrait|mugshot|file photo of',
  explicitDeath: 'corpse|cadaver|lifeless|body bag|decomposing|charred|bloated',
  document: 'one of * *? *? photo/photograph/picture/image/still/frame|photo/photograph/picture/image/extract from the/a *? file/archive/leak|still/frame/screengrab from|screenshot from/of a/the? video/footage',
  depicts: 'show|depict',
};
