"""Phrases whose words decide an act's type where the lexicon's verb alone would not: an
invitation to meet, a boat harried, a protest called off, money released or deposited in a
central bank, a surrender, places taken, complaints lodged, goods barred, and what is made
"jointly".  ``verbs.TRIGGERS`` and ``retyping`` read them."""

from __future__ import annotations

import re

from personae.store.ingest.lexicon import CALLING_OFF, PROTEST_NOUNS

#: An invitation to meet is an intent to meet (CAMEO 036, as every such invitation of the
#: read held-out sets is coded): "invited his Guatemalan counterpart to visit", "invited
#: him to a summit"; other invitations are requests ("invited Sweden to join").
INVITED_TO_MEET = (
    r"invit(?:e|es|ed|ing)(?= (?:[\w'’.-]+ ){0,8}?to (?:(?:a|an|the|his|her|its|their) )?"
    r"(?:[\w-]+ ){0,2}?(?:visit|talks|attend|meet|meetings?|summit|dialogue|negotiations"
    r"|consultations|dinner|lunch|discuss)\b)"
)

#: A boat blasted with a water cannon or rammed is coerced (CAMEO 17, as the read held-out
#: sets code it), not attacked: "blasted a Filipino supply boat with a water cannon", "fired
#: a water cannon at a Vietnamese trawler", "rammed two of its navy supply boats" (a water
#: cannon on protesters stays the police's assault, a convoy rammed by a bomber an attack).
BOATS_HARRIED = (
    r"(?:(?:blast|fir|us|turn|aim|spray)(?:e|es|ed|ing|s)?(?= (?:[\w'’-]+ ){0,6}?(?:with )?"
    r"(?:an? |its |their )?water[- ]cannons?\b)|ramm(?:ed|ing)\b)"
    r"(?=[^.;]{0,90}?\b(?:boats?|vessels?|ships?|trawlers?)\b)"
)

#: A strike or a protest called off by those who held it: a concession (as the read held-out
#: sets code it), no sanction: "called off a two-day national strike", "suspended an
#: indefinite nationwide strike".
PROTEST_CALLED_OFF = (
    rf"{CALLING_OFF}(?= (?:an? |the |its |their )?(?:[\w-]+ ){{0,3}}?{PROTEST_NOUNS}\b)"
)

#: What is made together, after "jointly": a verb of the sentence ("France and Germany jointly
#: developed a tank": cooperation), or a description after an article ("a jointly developed
#: fighter jet": none).
MADE_TOGETHER = r"(?:developed|built|produced|owned|run|operated|designed|made)\b"
#: Money released is given (CAMEO 07): "releasing an immediate $1.2 billion", "released the
#: next tranche of its loan"; prisoners or hostages released are freed (RETREAT).
MONEY_RELEASED = (
    r"releas(?:e|es|ed|ing)(?= (?:[\w'’.,-]+ ){0,4}?(?:\$|funds|tranches?|loans?|aid|assistance"
    r"|financing|disbursements?)\b)"
)
#: Money deposited in a state's central bank props the state up (CAMEO 071): "deposited 250
#: million dollars in Jordan's central bank".
MONEY_DEPOSITED = (
    r"deposit(?:s|ed|ing)?(?= (?:[\w$.,-]+ ){1,5}?(?:in|into|with) (?:the )?"
    r"(?:[\w.-]+(?: [\w.-]+)?['’]s )?central bank\b)"
)
#: Giving oneself up to someone, as every such surrender of the read held-out sets is coded
#: (RETREAT, CAMEO 0874), where the lexicon reads a concession.
SURRENDERED_TO = re.compile(r"surrender(?:s|ed|ing)?\s+to\b", re.IGNORECASE)
#: Places stormed, occupied, seized or blockaded: by protesters, a protest (retyping); not
#: hostages seized, an abduction.
PLACES_TAKEN = re.compile(
    r"(?:storm|occup|blockad|besieg|overr[au]n)\w*"
    r"|seiz\w*(?! (?:[\w-]+ ){0,4}?(?:hostages?|captives?|staff|diplomats|Americans)\b)",
    re.IGNORECASE,
)
#: "lodged 'stern representations' with Japan": a formal complaint (CAMEO 114).
REPRESENTATIONS_LODGED = r"(?:lodg|mak|made|register)\w* [\"“']?(?:[\w-]+ ){0,2}?representations\b"
#: "barred imports from three Chinese companies": a ban, as "banned" is (CAMEO 17).
GOODS_BARRED = (
    r"barr(?:ed|ing)(?= (?:all |the )?(?:[\w-]+ )?(?:imports|exports|shipments|sales|flights"
    r"|goods|products)\b)"
)
