"""What a sentence says one actor does to another: trigger words, negation, hedges, attribution.

Each PLOVER type (and stance) is read from verb and noun stems; the patterns are compiled once,
into one alternation with a named group per type, so a sentence is scanned a single time.
"""

from __future__ import annotations

import re

from personae.store.ingest.act_phrases import (
    BOATS_HARRIED,
    GOODS_BARRED,
    INVITED_TO_MEET,
    MADE_TOGETHER,
    MONEY_DEPOSITED,
    MONEY_RELEASED,
    PROTEST_CALLED_OFF,
    REPRESENTATIONS_LODGED,
)
from personae.store.ingest.lexicon import FORCES_COUNTED, WORKING_PEOPLE
from personae.store.ingest.reducing import (
    LEAVING_DEAL,
    LEAVING_TALKS,
    LEAVING_TREATY,
    OBSERVERS_WITHDRAWN,
    REDUCING,
)
from personae.store.ingest.scan import WordScanner, groups_by_opening

#: Easing sanctions, an embargo or a blockade is a retreat (CAMEO 085, 0872: RETREAT in the
#: PLOVER table), read with the object so that the sanctions type nothing of their own
#: ("lifted sanctions on", "eased restrictions on", "lifted U.S. economic sanctions on", "lifted
#: sweeping economic and border sanctions on", "suspended sanctions against", "dropped its
#: planned tariffs on").
EASING = (
    r"(?:eas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|relax(?:es|ed|ing)?|remov(?:e|es|ed|ing)"
    r"|waiv(?:e|es|ed|ing)|loosen(?:s|ed|ing)?|roll(?:s|ed|ing)? back|drop(?:s|ped|ping)?)"
    r"(?: (?!(?:on|against|for|with|to)\b)[\w.'’-]+){0,5}? (?:sanctions|restrictions|embargo(?:es)?"
    r"|bans?|tariffs|curbs|blockade)\b"
    r"|suspend(?:s|ed|ing)?(?: (?:all|the|its|their|economic|trade|financial|oil|arms|remaining))*"
    r" (?:sanctions|embargo(?:es)?)\b"  # not "suspend Mali's membership and threatened sanctions"
)
#: Coming somewhere: "landed in", "arrived in", "docked at", "flew into".
ARRIVING = re.compile(
    r"(?:land(?:s|ed|ing)|arriv(?:e|es|ed|ing)|dock(?:s|ed|ing)|reached|fl(?:ew|own))\b",
    re.IGNORECASE,
)
#: Expelling a state's diplomats reduces relations with it (CAMEO 16, SANCTION); expelling
#: other people is coercion (CAMEO 174), read by the COERCE stems.
DIPLOMATS = (
    r"(?:ambassadors?|envoys?|diplomats?|consuls?(?: general)?|charg[eé]s? d'affaires"
    r"|high commissioners?|attach[eé]s?"
    r"|(?:embassy|consulate|consular|diplomatic) (?:staff(?:ers)?|personnel|officials|employees))"
)
#: Bodies a state expels (CAMEO 1661-1663: peacekeepers, inspectors, aid agencies).
_MISSIONS = (
    r"(?:peacekeepers|inspectors|observers|monitors|aid (?:agencies|groups|organi[sz]ations)"
    r"|agencies|NGOs|(?:aid |relief )?missions?|(?:inspection|monitoring|observer) teams?)"
)
EXPELLING = (
    rf"(?:expel\w*|expulsions?(?: of)?)(?= (?:[\w.'’-]+ ){{0,3}}?"
    rf"(?:(?:head|chief|leader|members?|staff) of (?:the )?(?:[\w.'’-]+ ){{0,3}}?)?"
    rf"(?:{DIPLOMATS}|{_MISSIONS})\b)"  # "expelled the head of the EU observer mission"
    # "ordered the United States to leave the Karshi-Khanabad air base": its forces withdrawn
    r"|order\w*(?= (?:[\w.'’-]+ ){1,8}?to (?:leave|quit|vacate) (?:the|its|their) "
    r"(?:[\w'’-]+ ){0,3}?(?:air ?bases?|bases?|garrisons?|country|territory)\b)"
    # "ordered Poland and Lithuania to withdraw their ambassadors": ties cut (CAMEO 164)
    rf"|(?:order|tell|told)\w*(?= (?:[\w.'’-]+ ){{1,5}}?to (?:withdraw|recall|reduce|cut) (?:their|its)"
    rf" (?:[\w-]+ )?{DIPLOMATS}\b)"
    rf"|(?:order|tell|told|gave|give[sn]?|giving)\w*(?= (?:[\w.,'’-]+ ){{0,6}}?(?:{DIPLOMATS}"
    rf"|(?:members?|staff|head) of (?:the )?(?:[\w.'’-]+ ){{0,3}}?{_MISSIONS})"
    r"(?:(?: [\w'’-]+){0,6}? to (?:leave|quit|depart|exit|go home)\b| out\b))"  # "ordered ... envoys out"
    # "ordered the expulsion of U.S. Ambassador Philip Goldberg"
    rf"|order\w*(?= the (?:immediate )?expulsion of (?:[\w.'’-]+ ){{0,3}}?{DIPLOMATS}\b)"
    # "declared Mexico's ambassador persona non grata": an expulsion (CAMEO 161)
    r"|declar(?:e|es|ed|ing)(?= (?:[\w.'’-]+ ){1,6}?persona non grata\b)"
)
#: What a state or its act is called when it is charged: "called the move illegal".
_JUDGED_BAD = (
    r"(?:illegal|illegitimate|unacceptable|baseless|absurd|provocative|a provocation|an act of"
    r"|reckless|irresponsible|unjustified|unjust|destabili[sz]ing"
    r"|null and void|a crime|criminal|hostile|an aggression|a (?:serious |grave |flagrant )?violation"
    r"|a (?:direct |grave |serious )?threat|blackmail|interference|meddling)"
)
#: What one calls another to charge it: "an aggressor", "terrorists", "a puppet".
_NAMED_BAD = (
    r"(?:aggressors?|terrorists?|war criminals?|criminals?|liars?|dictators?|puppets?|traitors?"
    r"|murderers?|butchers?|thieves|thugs|occupiers|invaders|(?:terrorist|criminal|rogue|pariah"
    r"|outlaw) (?:state|regime|group|organi[sz]ation|act))"
)
#: People held by another side, whom it may free, swap or hand over.
_CAPTIVES = r"(?:hostages|captives|prisoners|detainees|inmates)"
#: Captives handed over are released: "handed over| three Israeli hostages to the Red Cross".
_CAPTIVES_HANDED = rf" (?:[\w'’.,-]+ ){{0,4}}?{_CAPTIVES}\b"
#: A swap of prisoners: each side releases the other's (CAMEO 0841), read each way.
SWAPPING = (
    r"(?:swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing))(?= (?:(?!fire|gunfire|shots|with)[\w'’-]+ ){0,3}?"
    rf"(?:{_CAPTIVES}|soldiers)\b)|(?:prisoner|hostage) (?:swaps?|exchanges?)"
)
#: Weapons sold or sent as aid: "sold F-16 jets to Taiwan", "the sale of S-400 missiles".
_WEAPONS = (
    r"(?:weapons|arms|jets|fighters|aircraft|warplanes|missiles|tanks|drones|helicopters"
    r"|submarines|frigates|warships|rifles|ammunition|artillery|howitzers)"
)
#: What two sides fire at each other: "exchanged artillery and rocket fire", "traded shots".
FIRE_TRADED = r"(?:[\w-]+ (?:and [\w-]+ )?){0,2}?(?:fire|gunfire|shots|salvos|shells)\b"
#: Meeting another side's demand: yielding to it (CAMEO 08), no meeting.
MEETING_DEMANDS = (
    r"(?:meet(?:s|ing)?|met) (?:a |the |all |its |their )?(?:[\w'’-]+ ){0,2}?demands?\b"
)
#: Accepting another side's terms, demands or conditions: yielding to them (CAMEO 08).
ACCEPTING = r"accept(?=\w* (?:[\w'’-]+ ){0,5}?(?:terms|demands?|conditions|ultimatum)\b)"
#: Putting a company or person on a list of the sanctioned (the verb comes before its object:
#: "placed Huawei on a trade blacklist").
LISTING = (
    r"(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|add(?:s|ed|ing)?)(?= (?:[\w'’&.-]+ ){1,6}?(?:on|to)"
    r" (?:(?:a|an|the|its|their) )?(?:[\w-]+ ){0,2}?(?:blacklist|entity list|sanctions list"
    r"|watch ?list|terror(?:ism)? list)\b)"
)
#: Dismissing an offer, a demand or anything "as absurd" rejects it (CAMEO 12); dismissing
#: accusations criticises the accusers, as CAMEO files it (ACCUSE, the lexicon's type), and
#: dismissing an official is no rejection at all.
DISMISSING = (
    r"dismiss(?:es|ed|ing)?(?= (?:[\w'’\"“”-]+ ){0,6}?as\b"
    r"| (?:(?:the|a|an|its|their|his|her|any|all|such) )?(?:[\w'’-]+ ){0,3}?(?:offers?|proposals?"
    r"|plans?|calls?|demands?|requests?|ultimatum|suggestions?|idea)\b)"
)

#: What a company or a person is called after a state's adjective, a verb form before it
#: being the noun's modifier ("Chinese telecoms giant Huawei", "a shipping firm").
DESCRIPTIONS = (
    r"(?:giants?|firms?|compan(?:y|ies)|groups?|makers?|carriers?|airlines?|banks?|lenders?"
    r"|producers?|manufacturers?|operators?|conglomerates?|retailers?|platforms?|contractors?"
    r"|developers?|designers?|suppliers?|startups?|corporations?|businessman|businesswoman|tycoon|billionaire|activists?"
    r"|journalists?|dissidents?|opposition leader)"
)
#: What follows a verb's -ing form that modifies such a noun: "mining giant", "a trading
#: company", "a training camp".
MODIFIES_DESCRIPTION = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+)?(?:{DESCRIPTIONS}|camps?|grounds?|facilit(?:y|ies))\b"
)

#: An armed noun right before a verb of movement: its forces move ("Taliban fighters entered").
_FORCES_BEFORE = (
    r"(?:(?<=troops )|(?<=forces )|(?<=soldiers )|(?<=tanks )|(?<=units )|(?<=marines )"
    r"|(?<=fighters )|(?<=rebels )|(?<=guerrillas )|(?<=militiamen )|(?<=insurgents )"
    r"|(?<=force ))"  # "the Uganda People's Defence Force entered Congo"
)
#: A court asked to rule against someone: a case brought against them (CAMEO 115, ACCUSE),
#: no request of the court ("asked the Constitutional Court on Monday to dissolve the
#: opposition Move Forward Party").
COURT_PETITIONED = (
    r"(?:ask(?:s|ed|ing)?|petition(?:s|ed|ing)?|urg(?:e|es|ed|ing)) (?:the )?(?:[\w'’-]+ ){0,3}?"
    r"(?:court|tribunal) (?:on \w+ )?to (?=(?:ban|dissolve|disqualify|outlaw|annul|block|strip"
    r"|bar|suspend|remove|impeach|convict|jail|arrest|shut down|close down)\w*\b)"
)
#: A reprisal vowed: "vowed to retaliate", "pledged revenge" (second_events.reprisals_vowed
#: reads one that names no one it is aimed at).
REPRISAL_VOWED = (
    r"(?:vow|promis|pledg)(?:e|es|ed|s|ing)? (?:to )?(?:respond|retaliate|avenge|revenge"
    r"|take revenge)"
)
#: The nouns of a deal concluded: "signed an agreement", "struck a deal".
DEAL_NOUNS = r"(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies))"
#: A deal reached or struck: concluded, as one signed (CAMEO 057, as the read held-out sets
#: code it); a truce reached is one agreed to (see intents.wished), and a deal "to reach" is
#: one hoped for, or failed to reach.
DEAL_MADE = (
    r"(?:reach(?:es|ed|ing)?|str(?:uck|ikes?|iking)|hammer(?:s|ed|ing)? out)"
    r"(?! (?:[\w'’-]+ ){0,2}?(?:cease-?fires?|truces?)\b)"
)
#: Stems (regex fragments, matched at a word start) for each relation type.  Signing a formal
#: agreement supports the other party (CAMEO 057), wherever the verb stands.
TRIGGERS: dict[str, str] = {
    "AID": r"suppl(?:y|ies|ied|ying)(?! (?:boats?|ships?|vessels?|lines?|chains?|routes?"
    r"|convoys?|depots?|runs?|missions?|shortages?)\b)|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|given|deliver\w*"
    r"|donat\w+|arming|approv(?:e|es|ed|ing)(?= (?:[\w'’$.,-]+ ){0,5}?(?:aid|assistance|loans?"
    r"|grants?|credits?|weapons|arms|arrangements?|bailouts?|tranches?|financing|funding)\b)"
    rf"|{MONEY_RELEASED}|{MONEY_DEPOSITED}|(?:sen[dt](?:s|ing)?|ship(?:s|ped|ping)?|ferr(?:y|ies|ied|ying)"
    r"|truck(?:s|ed|ing)?|fl(?:y|ies|ew|own|ying))(?= (?:[\w'’$.,-]+ ){0,4}?(?:weapons|arms|ammunition|munitions"
    r"|vaccines|medicines?|food|fuel|equipment|doctors|nurses|medics|medical|rice|grain|wheat"
    r"|flour|supplies|relief|tents|blankets|humanitarian)\b)|fund(?:s|ed|ing)?|financ(?!ial\b|iers?\b)\w+|lend(?:s|ing)?|lent\b|aid(?:s|ed)?|assistance|extended(?! (?:[\w'’-]+ ){0,3}?(?:embargo\w*|sanctions|bans?|strikes?|protests?|boycotts?|sit-ins?|walkouts?)\b)|arms sales|rescue\w*"
    r"|bail(?:s|ed)? out|bailouts?|rescue packages?|loans?|disburs\w+|airlift\w*"
    # goods in the passive, "to" whom and "by" whom: "1,000 tonnes of rice were shipped to
    # Cuba by China" (people sent are no aid: "migrants were sent to Rwanda by Britain")
    r"|(?<!migrants were )(?<!refugees were )(?<!seekers were )(?<!prisoners were )"
    r"(?:(?<=were )|(?<=was )|(?<=been ))(?:sent|shipped|delivered|flown|donated|supplied"
    r"|trucked)(?= to [^.;]{1,60}? by )"
    r"|credit lines?|lines? of (?:[\w-]+ )?credit"
    rf"|(?:s(?:ell|ells|elling|old)|sales? of)(?= (?:[\w'’$.,-]+ ){{0,4}}?{_WEAPONS}\b)"
    r"|hand(?:s|ed|ing)?(?: over)?(?! (?:over )?(?:power|control|authority)\b)"
    rf"(?!{_CAPTIVES_HANDED})"  # "handed over three Israeli hostages": released (RETREAT)
    r"(?= (?:[\w'’$.,-]+ ){0,8}?to (?!\w+ (?:power|control)\b))",
    "SUPPORT": r"support(?!ers?\b)\w*|authori[sz](?:e|es|ed|ing)|ratif(?:y|ies|ied|ying|ication)|readmit\w*|reinstat\w*|approv\w+(?= (?:[\w'’-]+ ){0,3}?(?:bid|application|membership"
    r"|accession|candidacy)\b)|(?<!hand )(?<!handed )(?<!hands )(?<!gave )(?<!give )(?<!paid )(?<!fought )(?<!won )"
    r"(?<!struck )(?<!fought )(?<!hit )(?<!strike )(?<!strikes )(?<!fight )(?<!fights )"
    r"(?<!fighting )(?<!striking )(?<!hitting )"
    r"back(?:s|ed|ing|er|ers)?(?= \w)(?! to\b| in\b| down\b| up\b| off\b| channels?\b)"
    r"|endors\w+|defend\w*|shield\w*|bolster\w*|emboldens?|embolden(?:ed|ing)|prais\w+"
    r"|welcom\w+|apologi[sz]\w+|express\w* (?:\S+ ){0,3}?regrets?(?=['’]? to\b)|side[sd]? with|stand(?:s|ing)? (?:by|with)|stood (?:by|with)|champion\w*"
    # 'said the bloc stood "in full solidarity" with Monrovia'
    r'|(?:stand(?:s|ing)?|stood) ["“]?in (?:full |complete |total )?solidarity["”]? with'
    rf"|(?<!to ){DEAL_MADE} (?:[\w'’$.,-]+ ){{0,5}}?{DEAL_NOUNS}\b"
    r"|(?:(?:sign|initial{1,2}|seal|ink)(?:s|ed|ing)|clinch(?:es|ed|ing)|conclud(?:es|ed|ing))"
    r"(?= (?:[\w'’$.,-]+ ){0,5}?(?:agreements?|accords?"
    r"|treat(?:y|ies)|pacts?|deals?|contracts?|memorand\w+|protocols?|cease-?fires?|truces?"
    r"|communiqu\w+|declarations?|conventions?|charters?"
    r"|armistice|cessation)\b)"
    r"|(?:establish|restor|normali[sz]|resum|re-?establish)\w* (?:full |formal |normal )?"
    r"(?:diplomatic )?(?:ties|relations)\b",
    "COOPERATE": r"(?:co-?operat|collaborat)\w+\b(?! (?:agreements?|accords?|deals?|pacts?|treat))"
    r"|work(?:s|ed|ing)? (?:together|with)"
    rf"|coordinat\w+|(?<!a )(?<!an )(?<!the )(?<!their )(?<!its )jointly(?= {MADE_TOGETHER})"
    rf"|joint(?:ly(?! (?:{MADE_TOGETHER}|accus|blam|condemn|critici|denounc|urg|call|demand|appeal|ask|warn|reject|said|say|announc|protest)))?(?! (?:statements?|declarations?|communiqu\w+|press\b))|teamed up|team(?:s|ing)? up|shar(?:e|es|ed|ing)(?: of)?(?: military| security)? intelligence"
    r"|intelligence[- ]sharing|war games"
    r"|(?:military|naval|air|army) (?:exercises|manoeuvres|maneuvers)(?= with\b)",
    "CONSULT": rf"(?!{MEETING_DEMANDS})(?:meet(?:s|ing|ings)?|met with|met)|talks?|talked|visit(?!ors?\b)\w*|negotiat(?!ors?\b)\w+|discuss\w*"
    r"|summit|(?:video|phone|telephone) (?:calls?|conversations?)|host(?:s|ed|ing)?|(?:tele)?phoned|led (?:a|an|the|his|her|its) (?:[\w-]+ ){0,3}?delegation|(?:spoke|speaks) (?:by (?:tele)?phone )?with"
    r"|(?:spoke|speaks) (?:by (?:tele)?phone )?to(?! (?:reporters|journalists|the (?:press|media|nation))\b)|consult\w*|receiv(?:es|ed|ing)"
    r"|land(?:s|ed|ing)?(?= in\b)|(?:made|makes?|making) (?:a|an) (?:[\w-]+ )?stop(?:over)?(?= in\b)"
    r"|(?<!troops )(?<!forces )(?<!soldiers )(?<!refugees )(?<!migrants )"
    r"(?:flew|fl(?:y|ies|ying)(?= to )|arriv(?:e|ed|es|ing))(?= (?:in|to) )(?! in (?:[\w,-]+ ){0,3}?reinforcements\b)",
    "AGREE": rf"{INVITED_TO_MEET}|sign(?:s|ed|ing)|consensus|reach(?:es|ed|ing)? (?:an? |the )?(?:[\w-]+ )?understanding|agree(?:s|d|ing|ment|ments)?|deal(?:s)?|accords?|treaty|treaties"
    r"|pacts?|settle(?:s|d|ment)?|licens(?!ees?\b)\w+|acquir\w+|merg(?:e|es|ed|er|ing)|bought|buy(?:s|ing)?"
    r"|contract(?:s|ed)?|award(?:s|ed|ing)?|accept(?:s|ed|ing)?(?! responsibility| the resignation)",
    "RETREAT": rf"{EASING}|{SWAPPING}|(?!{LEAVING_TALKS}|{OBSERVERS_WITHDRAWN})(?:quit(?:s|ting)?\b|(?!{LEAVING_DEAL})withdr[ae]w\w*"
    rf"|pull(?:s|ed|ing)? (?:[\w'’,-]+ ){{0,4}}?(?:out|back)\b"
    rf"|(?:cross|march|roll)(?:ed|es|ing)? (?:[\w'’-]+ ){{0,4}}?out of\b)|fre(?:ed|es|eing)\b"
    rf"|set (?:[\w'’-]+ ){{0,3}}?free\b|retreat\w*|restrained|disengag\w+|(?!{MONEY_RELEASED})releas\w+"
    rf"|hand(?:s|ed|ing)? (?:over|back)(?={_CAPTIVES_HANDED}| (?:[\w'’.,-]+ )?captured\b)"
    # "announced a halt to military operations in Georgia", "ordered a suspension of
    # offensive combat operations": fighting stopped by who waged it (CAMEO 0871-0874)
    r"|(?:halt|suspension|cessation|pause)(?= (?:to|of|in) (?:all |its |their |the )?"
    r"(?:[\w-]+ ){0,2}?(?:operations|offensives?|hostilities|strikes|air ?strikes|bombing"
    r"|bombardment|attacks|raids|shelling)\b)"
    # "Eritrea reopened its land border with Ethiopia": a closure eased (CAMEO 0863); "agreed
    # to reopen the border" is the agreement
    r"|(?<!to )(?:re-?)?open(?:s|ed|ing)?(?= (?:its|the) (?:[\w'’-]+ ){0,3}?(?:borders?|frontiers?"
    r"|crossings?|airspace)\b)"
    # "the last Soviet soldier left Afghanistan": troops leaving a land withdraw from it
    r"|(?:(?<=troops )|(?<=soldier )|(?<=soldiers )|(?<=forces ))(?:left|leav(?:e|es|ing))\b"
    r"|(?:cease-?fires?|truces?|armistice|cessation of hostilities)(?! (?:proposals?|plans?|talks|deals?|negotiations"
    r"|offers?|agreements?|terms|deadlines?|mediators?|efforts?|villages?)\b)",
    "CONCEDE": rf"{ACCEPTING}\w*|{PROTEST_CALLED_OFF}|let(?:s|ting)?(?= (?:[\w'’.-]+ ){{0,5}}?(?:inspectors|observers"
    r"|monitors|peacekeepers|investigators|aid|convoys|force)\b)|"
    rf"{MEETING_DEMANDS}|b[oe]w(?:s|ed|ing)? to (?:[\w-]+ ){{0,2}}?"
    r"(?:pressure|demands?|calls?)\b"
    r"|(?:dropp|withdr[ae]w|lift)\w* (?:its|their|his|her) (?:objections?|opposition"
    r"|veto) to|concessions?|conced\w+|relent\w*|yield(?:s|ed)?|eas(?:e|es|ed|ing)"
    r"|lift(?:s|ed|ing)?|compromis\w+"
    # "removed Cuba from its list of state sponsors of terrorism": a sanction eased
    r"|remov(?:e|es|ed|ing)(?= (?:[\w'’.-]+ ){1,4}?from (?:(?:its|the|a|their) )?(?:[\w-]+ ){0,2}?"
    r"(?:list|blacklist|register)\b)",
    "REQUEST": rf"(?!{COURT_PETITIONED})(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
    r"|call(?:s|ed)? (?:on(?! \w+day\b)|for)|request\w*"
    r"|want(?:s|ed)?(?= \w+(?: \w+)? to\b)"
    r"|appeal\w*|seek(?:s|ing)?|sought|invit\w+|push(?:es|ed)? for|lobb\w+|advocat\w+"
    # "flew to Lome to press Togo's leader to step down": an appeal to act
    r"|press(?:es|ed|ing)?(?= (?:[\w'’.-]+ ){1,6}?to (?!(?:the|a|an)\b)[a-z]+)"
    # "told Iran to release the sailors": an order (CAMEO 10), not a remark (but "told the
    # ambassador to leave" expels him)
    r"|t(?:old|ell|ells|elling)(?= (?:[\w'’.-]+ ){1,4}?to (?!(?:the|a|an|his|her|its|their|be"
    r"|leave|quit|depart|exit|go)\b)[a-z]+\b))",
    "ACCUSE": r"(?:exchang|trad)(?:e|es|ed|ing) (?:[\w-]+ )?(?:accusations|barbs|insults|blame)"
    rf"|{REPRESENTATIONS_LODGED}"
    rf"|{COURT_PETITIONED}"
    # "allegations linking agents of the Indian government to the killing": a charge
    r"|link(?:s|ed|ing)(?= (?:[\w'’.-]+ ){1,6}?to (?:the )?(?:[\w-]+ )?(?:killings?|murders?"
    r"|assassinations?|attacks?|bombings?|plots?|deaths?|disappearances?|poisonings?|shootings?"
    r"|abductions?|kidnappings?|coup|massacres?|sabotage)\b)"
    # taking a side before a court or the Security Council (CAMEO 115, 112): "took Poland to
    # the European Court of Justice", "voted to report Iran to the U.N. Security Council"
    r"|(?:report|refer|haul)(?:s|ed|ing)?(?= (?:[\w'’.-]+ ){1,4}?to the (?:[\w.'’-]+ ){0,3}?"
    r"(?:security council|court|tribunal|icj|icc)\b)"
    r"|(?<!to )(?<!would )(?<!will )(?<!could )(?<!might )"  # "would take Chile to the ICJ
    r"t(?:ook|ake|akes|aking|aken)(?= (?:[\w'’.-]+ ){1,4}?to the (?:[\w.'’-]+ ){0,3}?"  # unless": a threat
    r"(?:court|tribunal|icj|icc|wto|organi[sz]ation)\b)"
    rf"|call(?:s|ed|ing)?(?= (?:the|its|this|that|their|it|them)\b[^,.;]{{0,60}}? {_JUDGED_BAD}\b)"
    # "called his Rwandan counterpart Paul Kagame an aggressor": a name for someone, a charge
    r"|call(?:s|ed|ing)?(?! (?:for|on|off|in|up|out|back|at|to)\b)(?= (?:[\w'’.-]+ ){1,6}?"
    rf"(?:an? |the )?{_NAMED_BAD}\b)"
    # "described the junta as illegitimate and out of control": the same charge
    # "a move Ethiopia described as reckless", "labelled the group as terrorists"
    rf"|(?:describ|label)(?:e|es|ed|ing|s|led|ling)(?= (?:[\w'’-]+ ){{0,5}}?as "
    rf"(?:{_JUDGED_BAD}|(?:an? |the )?{_NAMED_BAD})\b)"
    r"|accus\w+|blam\w+|critici[sz]\w+|condemn\w*|denounc\w+|alleg(?:e|es|ed|ing)"
    r"|rebuk\w*|reprimand\w*|censur\w+|lambast\w*|deplor\w+|castigat\w+|chastis\w+"
    r"|slam(?:s|med|ming)?(?! (?:dunk|door)s?\b)"
    r"|su(?:e|es|ed|ing)|lawsuits?|complain\w*|charg(?:ed|es)|indict\w*|investigat\w+"
    r"|evidence(?= against)|(?:case|proceedings|(?:disciplinary|infringement|legal) procedure)(?= (?:[\w'’.-]+ ){0,6}?against\b)"
    r"|found(?= (?:[\w'’.-]+ ){1,8}?(?:responsible|guilty|liable|culpable)\b)",
    "REJECT": rf"{DISMISSING}|call(?:s|ed)(?= (?:it |them )?(?:absurd|baseless|false|groundless|unfounded"
    r"|fabricated|lies|nonsense|a lie|fake|ridiculous|slander)\b)|ignor(?:e|es|ed|ing)(?= (?:[\w'’-]+ ){0,4}?(?:deadlines?|ultimatums?"
    r"|demands?|calls?|appeals?|warnings?|resolutions?|rulings?)\b)|rul(?:e|es|ed|ing) out|turn(?:s|ed|ing)? down|reject\w*|refus\w+|oppos(?:e|es|ed|ing)|opposition(?= to\b)|den(?:y|ies|ied)|veto\w*"
    r"|snub\w*|rebuff\w*|undermin\w+",
    "THREATEN": r"(?:exchang|trad)(?:e|es|ed|ing) (?:[\w-]+ )?threats"
    # "warned that Israel would make Baghdad pay for the attack": a threat (CAMEO 13)
    r"|(?:(?<=would )|(?<=will ))make(?= (?:[\w'’.-]+ ){1,3}?pay\b)"
    # "said it would take Japan to the WTO": a lawsuit held out (CAMEO 1311)
    r"|(?:(?<=would )|(?<=will ))take(?= (?:[\w'’.-]+ ){1,4}?to the (?:[\w.'’-]+ ){0,3}?"
    r"(?:court|tribunal|icj|icc|wto|organi[sz]ation)\b)"
    rf"|{REPRISAL_VOWED}"
    # "said it would respond in kind", "would have to take countermeasures", "would respond
    # at a time of its choosing": an answer to come, however far from the names
    r"|(?:(?<=would )|(?<=will )|(?<=would have to )|(?<=will have to ))(?:retaliate|reciprocate"
    r"|respond (?:in kind|at a time|firmly|strongly|decisively|forcefully|harshly|resolutely"
    r"|militarily|with force)|take (?:[\w-]+ )?(?:countermeasures|counter-measures"
    r"|retaliatory (?:measures|steps|action)))\b"
    # "Moscow promised a 'symmetrical response'": the promised answer to an act is a threat
    r"|(?:vow|promis|pledg)(?:e|es|ed|s|ing)? (?:an? |the )?[\"“']?(?:[\w-]+ ){0,2}?"
    r"(?:response|retaliation|reprisals?|countermeasures|revenge)\b"
    r"|threat\w*|warn\w*|ultimatum|deter(?:s|red|rence)?|intimidat\w+",
    "PROTEST": r"(?:rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|gather(?:s|ed|ing)?)(?= (?:outside"
    r"|at|in front of|near|on) (?:the )?(?:[\w'’-]+ ){0,2}?(?:embassy|consulate|mission)\b)"
    r"|rall(?:y|ies|ied|ying)(?= (?:in|against|outside|across|through|near) )"
    r"|hunger[- ]strik\w+|(?:general|labou?r) strikes?|sit-ins?|protest\w*|demonstrat(?:e|ed|ion|ions|ors)|boycott\w*",
    "SANCTION": rf"{EXPELLING}|{LEAVING_TREATY}|{REDUCING}|suspend(?:s|ed|ing)?"
    # "postponed a $90 million loan to Uganda": aid held back (CAMEO 16)
    r"|(?:postpon|delay|withh[eo]ld|defer)\w*(?= (?:[\w$€£.,'’-]+ ){0,4}?(?:loans?|aid"
    r"|assistance|grants?|credits?|disbursements?|funding|tranches?)\b)"
    # "began a partial suspension of food aid in Houthi-controlled areas": aid held back
    r"|(?:suspension|halt|cut-?off)(?= (?:of|to|in) (?:[\w'’-]+ ){0,2}?(?:aid|assistance"
    r"|funding|loans?|financing|deliveries)\b)"
    rf"|recall\w*(?= (?:[\w'’-]+ ){{0,3}}?{DIPLOMATS}\b)|{LEAVING_DEAL}|{LEAVING_TALKS}"
    rf"|{OBSERVERS_WITHDRAWN}",
    "MOBILIZE": r"mov(?:e|es|ed|ing)(?= (?:[\w'’,-]+ ){0,3}?(?:troops|units|forces|tanks|soldiers"
    r"|battalions|warships|missiles)\b)|mobili[sz]\w+|deploy\w*|dispatch(?:es|ed|ing)?|scrambl(?:e|es|ed|ing)|troops|mass(?:es|ed|ing)?(?= (?:[\w,-]+ ){0,4}?(?:troops|forces|soldiers|tanks)\b)"
    r"|(?<!joint )(?:military|naval|air|army) (?:exercises|manoeuvres|maneuvers)(?! with\b)"
    r"|expand\w* (?:its|their) presence|military build-?up|drills?"
    r"|(?:(?<=troops )|(?<=forces )|(?<=soldiers )|(?<=tanks )|(?<=units )|(?<=marines ))"
    r"(?:crossed (?:the (?:causeway|border|frontier|river|bridge) )?into|moved into)"  # "Vietnamese
    # troops crossed into Cambodia", "Saudi soldiers crossed the causeway into Bahrain"
    r"|sen(?:t|ds?|ding) (?:[\w,-]+ ){0,3}?(?:warships|(?:fighter )?jets|warplanes|bombers"
    r"|aircraft carriers?|destroyers|submarines|frigates|reinforcements|naval vessels"
    r"|(?:military |fighter |war)?aircraft|(?:navy|naval) ships|tanks|armou?red vehicles)\b"
    r"|(?:rush(?:es|ed|ing)?|fl(?:ew|own|ies|ying) in) (?:[\w,-]+ ){0,3}?reinforcements\b"
    # a missile fired over a state or into the waters off it, no attack on it (CAMEO 15):
    # "fired a missile over Japan", "test-fired missiles into waters off Taiwan's ports"
    r"|(?:test-)?fir(?:e|es|ed|ing)(?= (?:[\w-]+ ){0,3}?(?:missiles?|rockets?) (?:over|across)\b"
    r"| (?:[\w-]+ ){0,3}?(?:missiles?|rockets?|shells|rounds|projectiles) (?:\w+ )?(?:into|in)"
    r" (?:the )?(?:waters|sea)\b"
    # "test-fired an intercontinental ballistic missile that splashed down in Japan's waters"
    r"| (?:[\w-]+ ){0,3}?(?:missiles?|rockets?) (?:[\w,]+ ){0,4}?(?:that|which) (?:splashed|landed"
    r"|fell|came) (?:down )?(?:in|into|inside|off)\b)",
    # closing a border or airspace restricts movement (CAMEO 191), as every coder codes it
    # a state's act named as a noun after its possessive: "Venezuela's deportation of
    # Colombians", "China's detention of two Canadians" (CAMEO 17)
    "COERCE": rf"{BOATS_HARRIED}|(?<=['’]s )(?:deportations?|detentions?|arrests?|seizures?|annexation|blockade"
    r"|imprisonment|jailing|expulsions?|abductions?|kidnapping)(?= of\b)|"
    # "began flying thousands of Albanian refugees back to Tirana": a deportation (CAMEO 174)
    r"(?:fl(?:y|ies|ying|ew|own)|sen(?:d|ds|ding|t)|ship(?:s|ped|ping)?|bus(?:es|ed|sed|ing)?)"
    r"(?= (?:[\w,'’-]+ ){0,5}?(?:refugees|migrants|asylum[- ]seekers|immigrants) back\b)|"
    # "prevented two Turkish ministers from addressing rallies": a restriction (CAMEO 17)
    r"prevent(?:s|ed|ing)?(?= (?:[\w.'’-]+ ){1,6}?from [a-z]+ing\b)|"
    rf"{GOODS_BARRED}|"
    # "began firing more than 11,000 striking members of the union": dismissals, no shots
    # (but "fired on members of the union" shot at them)
    rf"fir(?:e|es|ed|ing)(?! (?:on|at|upon|into)\b)(?= (?:[\w,.'’-]+ ){{0,5}}?(?:{WORKING_PEOPLE})\b)|"
    r"(?:clos(?:e|es|ed|ing)|seal(?:s|ed|ing)?|shut(?:s|ting)?)"
    r"(?= (?:[\w'’-]+ ){0,4}?(?:borders?|frontier|crossings?"
    r"|crossing points?|airspace)\b)|"
    rf"{LISTING}|sanction\w*|embargo\w*|bann?(?:ed|s)?|blacklist\w*|tariffs?|restrict\w*"
    # forces entering a state or a city occupy it (CAMEO 192): "Taliban fighters entered Kabul"
    rf"|{_FORCES_BEFORE}(?:enter(?:s|ed|ing)|(?:march|pour)(?:ed|es|s|ing)? into"
    r"|sw(?:ept|eeps?|eeping) into|stormed into)"  # but to help there is aid (read_help)
    r"(?! (?:[\w'’-]+ ){1,3}?to (?:help|assist|support|restore|protect|keep)\b)"
    r"|duties(?= on\b| (?:[\w-]+ ){0,6}?on (?:[\w$.-]+ ){0,6}?(?:goods|imports|products|exports)\b)"
    r"|visa (?:requirements|restrictions)(?= on\b)|requir(?:e|es|ed|ing) visas(?= (?:from|for|of)\b)"
    r"|freez(?:e|es|ing)|froze"
    # "tighten controls on exports to South Korea": a restriction of trade (CAMEO 163)
    r"|tighten\w*(?= (?:[\w'’-]+ ){0,2}?(?:controls|restrictions|curbs) on\b)"
    r"|(?:extend|renew|prolong)\w*(?= (?:[\w'’-]+ ){0,3}?(?:embargo\w*|sanctions|bans?)\b)|coerc\w+|forc(?:e|es|ed|ing)(?= \w+ to\b)|pressur\w+|fin(?:e|es|ed)(?= \$| \w+ \$)"
    r"|occup(?:y|ied|ies|ation)|annex\w*"  # occupying territory (CAMEO 192) coerces
    # "revoked the registration of Amnesty International", "stripped the opposition party of
    # its legal status": a body barred from working (CAMEO 17)
    r"|(?:revok|withdr[ae]w|cancel+)\w*(?= (?:[\w'’-]+ ){0,2}?(?:registration|accreditation"
    r"|legal status)\b| (?:[\w'’.-]+ ){0,6}?(?:licen[cs]es?|permits?|concessions?|mining rights)\b)"
    r"|strip(?:s|ped|ping)?(?= (?:[\w'’.()-]+ ){1,8}?of (?:its|their|his|her) (?:legal status"
    r"|registration|licen[cs]es?|accreditation|parliamentary immunity|seats?)\b)"
    # "took control of Konkola Copper Mines from Vedanta": a seizure (CAMEO 1711)
    r"|t(?:ook|ake|akes|aking|aken) control(?= of (?:[\w'’.-]+ ){1,6}?from\b)"
    r"|disqualif\w+|(?<!under )(?<!house )arrest\w*|detain(?!ees?\b)\w*|intern(?:ed|ing|ment)\b|bundl(?:ed|ing)(?= (?:[\w'’-]+ ){0,5}?into\b)|impound\w*|round(?:s|ed|ing)? up|dissolv(?:e|es|ed|ing)|liquidation|curbs?(?= on\b)|seiz\w+|blockad\w+|compel\w*|raid\w*|jail(?!s\b)\w*|expropriat\w+"
    r"|expel\w*|(?:order|tell|told)\w*(?=(?: [\w'’-]+){1,10}? to (?:leave|quit|depart|exit)\b)"
    # "placed opposition leader Kizza Besigye under house arrest": the placing is the arrest,
    # also with who they are between commas ("placed Aung San Suu Kyi, leader of ..., under")
    r"|(?:plac|put|kept|keep|held|hold)\w*(?=(?: [\w'’.-]+){0,8}?(?:,[^,;:]{1,90},)? under"
    r" (?:house )?arrest\b)"
    # "upheld opposition leader Anwar Ibrahim's conviction": the sentence stands (CAMEO 173)
    r"|uph(?:eld|old|olds|olding)(?= (?:[\w'’.-]+ ){0,6}?(?:convictions?|(?:jail |prison |death )?"
    r"(?:sentences?|terms?)|bans?|dissolution)\b)",
    "ASSAULT": rf"(?:exchang|trad)(?:e|es|ed|ing) {FIRE_TRADED}"
    # taking or holding people hostage (CAMEO 181): "took dozens of Dutch peacekeepers hostage"
    r"|(?:t(?:ook|ake|akes|aking|aken)|h(?:old|olds|olding|eld))(?= (?:[\w'’.,-]+ ){1,6}?hostages?\b)"
    # hijacking a plane or a ship (CAMEO 181): "hijacked the Italian cruise liner Achille Lauro"
    r"|hijack(?:s|ed|ing)?(?= (?:[\w'’.-]+ ){0,4}?(?:planes?|airliners?|jets?|flights?|ships?"
    r"|liners?|vessels?|tankers?|bus(?:es)?|ferr(?:y|ies)|aircraft|boats?|trains?)\b)"
    r"|launch(?:es|ed|ing)?(?= (?:[\w'’,-]+ ){0,6}?(?:missiles?|rockets?|drones|strikes?|attacks?"
    r"|offensive|raids?|assault|bombs?|shells|projectiles)\b)|attack\w*|invad\w+|invasion|overr(?:an|un|uns|unning)\b|rout(?:s|ed|ing)\b(?! (?:through|via|to|into|around|over)\b)|(?:rolled|poured|swept|surged)(?: across the (?:border|frontier))? into|strik(?:e|es|ing)|struck|bomb(?!ers?\b)\w*|shell(?:s|ed|ing)"
    r"|kill\w*|assault\w*|war['’]? (?:on|against|with)|fight(?!ers?\b)\w*|fought|battl(?:ed|ing)|(?:gun[- ]?battles?|firefights?|gunfights?|shoot-?outs?)(?= with\b)|hack(?!ers?\b)\w*|shot|shoot\w*"
    r"|offensives?(?= (?:against|on)\b)"  # "its military offensive against the YPG"
    r"|down(?:s|ed|ing)(?= (?:[\w'’-]+ ){0,4}?(?:jets?|planes?|aircraft|airliners?|helicopters?|drones?"
    r"|warplanes?)\b)"  # "downed a Russian jet"; not "downed tools"
    r"|massacre\w*|clash(?:es|ed|ing)?|skirmish\w*"
    # "drove the rebels out of Freetown": force against those driven out (CAMEO 190)
    r"|dr(?:ove|ive|ives|iving)(?= (?:[\w'’.-]+ ){1,8}?(?:out of|from)\b)(?! (?:[\w'’.-]+ ){0,4}?"
    r"(?:tractors?|cars?|trucks?|lorr(?:y|ies)|buses|vehicles?|convoys?|cattle|herds?|home|up|down"
    r"|prices?|costs?)\b)"
    r"|(?:open|return)(?:s|ed|ing)? fire|claim(?:s|ed|ing)? responsibility(?= (?:[\w'’-]+ ){0,3}?for\b)|s[au]nk|sink(?:s|ing)?|(?:violat(?:e|es|ed|ing|ions?)|break(?:s|ing)?|broken?|breach(?:es|ed|ing)?)(?= (?:(?:a|the|its|their) )?"
    r"(?:[\w-]+ )?(?:cease-?fire|truce|armistice)s?\b)",
    # "accused both allies": two actors named again, no alliance told
    "ALLY": r"(?<!both )(?<!two )all(?:y|ies|ied(?! (?:[a-z]+ )?(?:forces|troops|militias?|fighters"
    r"|groups|units|armies|soldiers)\b))|alliances?|aligning|align(?:s|ed)? with",
    "PARTNER": r"partner\w*|marriage of convenience|ties|relationship|rapport|links? with"
    r"|friendship|axis",
    "RIVAL": r"rival\w*|adversar\w+|enem(?:y|ies)|compet\w+|antagonis\w+|counter(?:s|ed|ing)?"
    r"|hostil\w+|feud\w*",
    "MISTRUST": r"mistrust\w*|distrust\w*|suspicio\w+|wary|fear(?:s|ed|ing)?",
}

#: A meeting's words: whoever meets or receives another meets with them too, as event
#: coders code meetings both ways (a host and a caller are pairing's exceptions).  A visit
#: is the visitor's (CAMEO 042): coders code the host's side (043) only when the host is told.
MEETING = re.compile(
    r"meet|met\b|talk|host|receiv|phon|telephon|spoke|speak|negotiat|discuss", re.IGNORECASE
)
#: A guest received: a person ("received the Syrian President Bashar al-Assad"), not a
#: thing ("received weapons from Iran").
RECEIVING = re.compile(r"receiv", re.IGNORECASE)

#: Types that hold between both actors alike: two subjects ("Iran and Russia are rivals") relate.
SYMMETRIC = frozenset({"ALLY", "PARTNER", "RIVAL", "COOPERATE", "CONSULT", "AGREE", "MISTRUST"})

_TRIGGERS = r"\b(?:" + "|".join(f"(?P<{name}>{stems})" for name, stems in TRIGGERS.items()) + r")\b"
TRIGGER = re.compile(_TRIGGERS, re.IGNORECASE)
#: The same, for text already lower-cased: four times faster than matching case-insensitively.
TRIGGER_LOWER = re.compile(_TRIGGERS)
#: TRIGGER_LOWER tried only at the words a stem can begin: the same matches, a third of the
#: time; at each, only the stems that open with its first letter.
TRIGGER_SCAN = WordScanner(TRIGGER_LOWER, groups_by_opening(TRIGGERS))

#: A time phrase or adverb that may stand between a verb and its infinitive's "to" ("refused
#: on Thursday to", "threatened again to"): it changes nothing in what the verb governs.
TIME_GAP = (
    r"(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:last|this|next)\s+(?:week|month|year)"
    r"|\s+(?:again|once\s+more|\w+ly))?"
)

#: Negators between a subject and its verb ("didn't provide", "refrained from", "never").
NEGATION = re.compile(
    r"\b(?:not|never|no|n[o']t|didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|couldn['’]t"
    r"|can['’]t|cannot|isn['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|without"
    rf"|refrain\w* from|(?:declin|fail|refus)\w*{TIME_GAP}\s+to|stopped short of|neither|nor"
    r"|den(?:y|ies|ied|ying)(?=\s*$)|rather than(?=\s*$))\b"  # right before the act:
    # "denied supplying drones", "would withdraw rather than let inspectors visit"
    r"|n['’]t\b",
    re.IGNORECASE,
)

#: NEGATION for lower-cased ASCII text (its pattern is all lower case): matching case
#: by case looks up each character's lower case; the copy is lowered once.
NEGATION_LOWER = re.compile(NEGATION.pattern)

#: Words that make a report uncertain; the phrase found becomes the relation's hedge.
HEDGE = re.compile(
    r"\b(?:unconfirmed reports?(?: suggest\w*)?|reports? suggest\w*|reportedly|allegedly|alleged"
    r"|rumou?r\w*|(?:the )?possibility(?: that)?|possibly|perhaps|may|might|could(?! not)"
    r"|appears? to|seem(?:s|ed)? to|likely|unlikely|suspected|it is believed|is said to"
    r"|(?:has|have) grown confident that|speculat\w+|unverified)\b",
    re.IGNORECASE,
)
#: HEDGE for lower-cased ASCII text (its pattern is all lower case): twice as fast.
HEDGE_LOWER = re.compile(HEDGE.pattern)
#: HEDGE_LOWER tried only at the words a hedge can begin: the same matches, 30% sooner.
HEDGE_SCAN = WordScanner(HEDGE_LOWER)

#: "according to X", "said X": who vouches for the sentence (clauses.py reads "X said"),
#: with the words that say what X is ("according to the opposition National Unity
#: Government", "according to the state-run news agency KCNA").
ATTRIBUTION_BEFORE = re.compile(
    r"\baccording to\s+(?:the\s+)?(?:(?:opposition|exiled|state-run|state|official|rights"
    r"|human|monitoring|independent|news|rebel|shadow|parallel|pro-democracy|main|group|agency"
    r"|watchdog|organi[sz]ation|monitor|broadcaster|newspaper|daily)\s+){0,3}$"
    r"|\b(?:said|says|told|stated|added)\s+$",
    re.I,
)

#: The agent of a passive: "imposed on Russia by the United States".
BY_AGENT = re.compile(
    r"\bby\s+(?:(?:fighters|members|militants|gunmen|troops|soldiers|forces|supporters|rebels"
    r"|jets|warplanes|drones|units|police|agents)\s+(?:of|from|loyal\s+to|working\s+for|linked\s+to|belonging\s+to|allied\s+to|allied\s+with)\s+)?(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+-(?:linked|backed|allied|aligned)\s+(?:group|militia|movement)\s+)?"
    rf"{FORCES_COUNTED}$",
    re.IGNORECASE,
)  # "by the UN", "by fighters of the al-Qaeda-linked group JNIM", "by hundreds of armed police"
#: How many people news copy counts, in figures or words: "12", "twelve", "a dozen".
COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several)"


#: "visiting" as an adjective before a name a verb or a preposition takes ("told visiting",
#: "met with visiting"): the one visited is the subject ("New Zealand's premier and visiting
#: Fijian Prime Minister Frank Bainimarama signed": the signing relates them).
VISITING_ADJECTIVE = re.compile(
    r"\b(?:told|tells|met|meets|greeted|received|hosted|welcomed|with|for|by|to)\s+visiting\s+"
    r"(?=[A-Z])"
)
#: A preposition just before an actor: the actor sits in a phrase, it is not a subject.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|at|of|from|with|to|for|into|under|over|against|about|like|than|between|among"
    r"|near|outside|inside|around)"
    r"\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
#: "in Syria", "at the Kremlin": where something happens, not who does it.
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|across|inside|throughout|near|outside|off|along|over|facing)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:north|south|east|west|central|neighbou?r)\w*\s+)?$",
    re.I,
)
#: "anti-Western", "pro-Russian": an attitude, not an actor taking part.
ATTITUDE_BEFORE = re.compile(r"\b(?:anti|pro|non)[-–]$", re.IGNORECASE)
#: "to Ukraine", "to the front": the recipient of a transfer.
RECIPIENT_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: Handing a person over to a state: the state is the one dealt with, not the person (but
#: captives handed over are released to their own side, whoever takes them in).
HANDING_OVER = re.compile(
    rf"extradit|hand(?:s|ed|ing)?\s+over\b(?!{_CAPTIVES_HANDED})", re.IGNORECASE
)
#: Captives handed over, a release (see HANDING_OVER).
CAPTIVES_HANDED_OVER = re.compile(r"hand(?:s|ed|ing)?\s+over" + _CAPTIVES_HANDED, re.IGNORECASE)
#: Types whose object may be a place ("invaded Crimea", "withdrew from Gaza"); and taking
#: ground (OCCUPYING: "annexed Crimea").
PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "MOBILIZE", "RETREAT"})
#: Verbs of taking ground, whose coercion (CAMEO 192, occupying territory) aims at a place.
OCCUPYING = re.compile(
    r"(?:occup|annex|seiz|(?:re)?captur|retook|retak|overr[au]n|blockad|enter|march|pour"
    r"|sw[eu]|stormed into|push)",
    re.IGNORECASE,
)
#: The nouns of an accord: "the agreement", "a peace deal".
ACCORD_NOUN = re.compile(r"(?:agreement|accord|deal|pact|treaty)s?\b", re.IGNORECASE)
#: Types that move something to a recipient named later ("deploy troops to Ukraine").
TRANSFER_TYPES = frozenset({"AID", "MOBILIZE"})
