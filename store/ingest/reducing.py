"""Verb phrases that cut ties back (CAMEO 16, SANCTION): ties, aid or trade ended, talks or
a treaty left, observers withdrawn; each taken with its object, so that the object ("ties",
"talks", "the treaty") types nothing of its own.  Part of verbs.TRIGGERS.
"""

from __future__ import annotations

#: Reducing relations (CAMEO 16): a verb that ends, cuts or halts ties, an agreement, aid or
#: deliveries, taken with its object so that the object ("ties", "deliveries") types nothing
#: of its own ("cut diplomatic ties", "halted gas deliveries", "ended its defence agreement").
#: Talks ended after days or rounds of them were held, not halted ("ended eight days of talks");
#: talks or aid paused or withheld are halted for now ("paused talks with India on a trade
#: treaty", "withholding deliveries of tanks ... to Egypt").
REDUCING = (
    r"(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|end(?:s|ed|ing)?|halt(?:s|ed|ing)?"
    r"|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|curb(?:s|ed|ing)?"
    r"|scrap(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|stop(?:s|ped|ping)?"
    r"|broke off|break(?:s|ing)? off|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze"
    r"|call(?:s|ed|ing)? off|cancel\w*|revok(?:e|es|ed|ing)|annul\w*|tore up|tear(?:s|ing)? up"
    r"|postpon(?:e|es|ed|ing)|put(?:s|ting)? off|delay(?:s|ed|ing)?|paus(?:e|es|ed|ing)"
    r"|withh(?:old|olds|olding|eld))"
    r"(?: (?!(?:with|to|from|on|against)\b)[\w.'’-]+){0,3}? (?<!days of )(?<!rounds of )"
    r"(?<!weeks of )(?<!hours of )(?:ties|relations"
    r"|cooperation(?: agreements?| accords?| pacts?| deals?)?|agreements?|accords?|pacts?"
    r"|deals?|treat(?:y|ies)|deliveries|supplies|shipments|exports|imports|trade|commerce|aid|assistance|sales"
    r"|financing|lending|loans?|credits?|grants?|disbursements?"
    r"|selling|supplying"
    r"|funding|flights|contacts?|talks|negotiations|dialogue|hotlines?|coordination"
    r"|(?:communication|communications|military|liaison) (?:lines|links|channels))"
)

#: Withdrawing from an agreement reduces relations with its other party, as the CAMEO
#: dictionary's patterns for treaties and accords type it ("withdraw from the Iran nuclear
#: deal").
LEAVING_DEAL = (
    r"withdr[ae]w\w*(?= (?:its signature )?(?:from|out of) (?:the |an? |its )?(?:[\w'’-]+ ){0,4}?"
    r"(?:deal|agreement|accord|treaty|pact|convention)s?\b)"
)
#: Leaving talks halts them with the other side (CAMEO 164, SANCTION), taken with its object
#: so that the talks type no meeting ("pulled out of African Union-brokered talks with Juba",
#: "walked out of negotiations").
LEAVING_TALKS = (
    r"(?:pull(?:s|ed|ing)? out|walk(?:s|ed|ing)? out|withdr[ae]w\w*|quit(?:s|ting)?)"
    r" (?:of|from) (?:the |its |their )?(?:[\w'’-]+ ){0,4}?(?:talks|negotiations|dialogue)\b"
)
#: Observers, monitors or inspectors withdrawn (CAMEO 1662, SANCTION), with their verb:
#: "pulled its election observers out of Peru".
OBSERVERS_WITHDRAWN = (
    r"(?:pull(?:s|ed|ing)?|withdr[ae]w\w*|recall\w*) (?:[\w'’-]+ ){0,3}?"
    r"(?:observers|monitors|inspectors)(?: out\b)?"
)
#: Suspending or ending one's part in a treaty or a body reduces relations with the treaty's
#: other party or the body ("suspending its participation in the New START treaty with the
#: United States", "ended its membership in the bloc"); the treaty's own words type nothing.
LEAVING_TREATY = (
    r"(?:suspend(?:s|ed|ing)?|end(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze)"
    r" (?:its|their|[\w.-]+['’]s) (?:participation|membership|involvement|part) in"
    r"(?: (?:the )?(?:[\w'’-]+ ){0,5}?(?:treaty|accord|agreement|pact|deal)\b)?"
)
