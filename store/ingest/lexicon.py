"""Word lists the actor finder leans on: what a capitalised word is when it is not a name.

Kept apart from the rules so that a reader can see (and extend) the vocabulary in one place.
"""

from __future__ import annotations

import re


def words(text: str) -> list[str]:
    """A word list written as one string, the way people read and extend it."""
    return text.split()


MONTHS = words(
    "January February March April May June July August September October November December"
)
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

#: Capitalised only because they start a sentence or a heading; never a name on their own.
STOPWORDS = (
    frozenset(
        words("""The A An This That These Those It Its It's He She They We I You His Her Their Our My Your
    There There's Here However While Whilst But And Or Nor So Yet If When Whenever Where What Why How Who
    Whom Whose Which After Before Although Though Because Since As At In On Of For From With Without
    By To Into Onto During Under Over Between Among Amid Meanwhile Moreover Furthermore Additionally
    Also Still Even Then Now Today Tonight Yesterday Tomorrow Many Some Most More Less All Both Each
    Every Several Few Other Others Another Such No Not None One Two Three Four Five Six Seven Eight
    Dozens Scores Hundreds Thousands Tens Millions Crowds Eleven Twelve Thirteen Fourteen
    Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty
    Ninety Hundred Thousand
    Nine Ten First Second Third Last Next According Despite Instead Indeed Thus Therefore Hence
    Finally Once Only Just Unless Unlike Like Until Upon Within Whether Either Neither Nevertheless
    Nonetheless Otherwise Perhaps Maybe Already Yes Please Thanks Thank Let Let's Do Does Did Is Are
    Was Were Be Been Has Have Had Will Would Can Could Should Shall May Might Must Given Having Being
    Although Whereas Following Including Regarding Concerning Across Against Along Around Behind
    Beyond Inside Outside Through Throughout Toward Towards Via Per Plus Except Besides Above Below
    Earlier Later Recently Currently Eventually Initially Overall Similarly Likewise Rather Ever
    Never Always Often Sometimes Usually Much Very Well Again Almost Anyway Entirely Partly
    Mostly Only Especially Particularly Clearly Apparently Reportedly Allegedly Understanding
    Comprehensive Significant Major Minor New Old Big Small Great Good Bad Best Worst High Low
    Mr Mrs Ms Dr Prof Sir Madam Dear Chapter Section Part Figure Table Note Update Editor
    Editing Writing Reporting
    Breaking Exclusive Analysis Opinion Commentary Photo Video Source Sources Read See
    Jailed Exiled Ousted Detained Imprisoned Disgraced Embattled Deposed Slain Murdered Kidnapped
    Abducted Arrested Indicted Convicted Beleaguered Besieged Wounded Assassinated Outgoing
    Fugitive Rival Rivals Feuding Warring""")  # a status opening a sentence: "Jailed IRA
    )  # member Bobby Sands", "Rival Palestinian movements Fatah and Hamas"
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)

#: Religious and ethnic adjectives: capitalised, descriptive, not actors by themselves.
ADJECTIVES = frozenset(
    words("""Sunni Shia Shiite Shi'ite Muslim Muslims Moslem Moslems Christian Christians Jewish
    Jews Catholic Protestant Orthodox Islamic Islamist Arab Arabs Kurdish Kurds Persian Korean
    Koreans Hindu Buddhist Evangelical Sikh Sikhs Tamil Tamils Maoist Maoists Uighur Uyghur Rohingya Yazidi Druze Alawite
    Communist Socialist Democratic Republican Liberal Conservative Marxist Eastern Northern
    Southern Western Middle Central Global Internet English Paramilitary Jihadist Separatist
    Suspected Alleged Grand Militant""")
)

#: Titles and offices that come before a person's name; a run made only of these is no actor.
TITLES = frozenset(
    words("""President Vice Prime Minister Foreign Defense Defence Interior Finance Secretary General
    Gen Col Lt Sgt Capt Cmdr Adm Admiral Commander Chancellor King Queen Prince Princess Sheikh Emir
    Ayatollah Imam Pope Counsellor Counselor Cardinal Bishop Rabbi Senator Sen Rep Representative Governor Gov Mayor
    Judge Justice Chief Executive CEO COO CFO CTO Chairman Chairwoman Chair Director Dr Mr Mrs Ms
    Professor Prof Sir Lord Lady Dame Ambassador Envoy Spokesman Spokeswoman Spokesperson Supreme
    Leader Former Deputy Acting Crown Marshal Field Officer Operating Founder Co Analyst Senior
    Speaker Attorney Gen Lieutenant Colonel Major Sergeant Captain Commissioner Official Officials
    Head Vice-President Premier Sultan Emperor Empress Tsar President-elect Commodore Brigadier
    Reverend Rev Archbishop Patriarch Majority Minority Assistant Adviser Advisor Detective
    Superintendent Inspector Constable""")
)

#: Last words of a force's or a mission's name that the place it serves in ends ("United
#: Nations Interim Force in Lebanon").
MISSION_WORDS = frozenset({"Force", "Mission"})
#: Last words of the names of events, treaties and plans.
EVENT_WORDS = frozenset(
    words("""War Wars Crisis Revolution Uprising Treaty Accord Accords Agreement Deal Pact Act
    Doctrine Initiative Plan Protocol Convention Games Olympics Cup Summit Prize Award Medal""")
)

#: Company suffixes written as abbreviations: a full stop after them is theirs ("Apple Inc."),
#: where after "Corporation" it ends the sentence.
LEGAL_ABBREVIATIONS = frozenset(words("Co Corp Inc Ltd Bros Cie"))
COMPANY_SUFFIXES = frozenset(
    words("""Inc Incorporated Corp Corporation Ltd Limited LLC LLP plc PLC Co Company Companies Holdings
    Group AG SA GmbH NV BV SpA Motors Airlines Airways Technologies Technology Systems Industries
    Electronics Pharmaceuticals Energy Petroleum Oil Bank Capital Partners Ventures Labs
    Computer Computers Software Networks Communications Media Entertainment Records Studios
    Aerospace Dynamics Foods Brands Stores Mobile Telecom Insurance Financial Securities Mining
    Minerals Metals""")
)
GOVERNMENT_WORDS = frozenset(
    words("""Ministry Department Agency Administration Commission Bureau Office Senate Parliament
    Congress Assembly Court Police Army Navy Force Forces Guard Guards Corps Service Services
    Authority Government Cabinet Directorate Secretariat Embassy Consulate Treasury Kremlin
    Command Tribunal Staff""")
)
ORGANISATION_WORDS = frozenset(
    words("""University College School Institute Association Foundation Organization Organisation
    Union Party Federation League Society Fund Committee Center Centre Club Church Network
    Coalition Movement Council Alliance Times News Post Journal Herald Tribune Press Agency
    Conference Forum Board Trust Academy Laboratory Museum Hospital Initiative Project
    Campaign Front Confederation Syndicate""")
)

#: Words near a name that say what kind of actor it is.
COMPANY_CUES = frozenset(
    words("""company companies firm firms maker makers manufacturer manufacturers shares stock
    stocks corporation contractor contractors subsidiary brand retailer carrier rival rivals
    bid customers products chipmaker automaker airline supplier vendor startup giant boss ceo""")
)
#: Words near a name that say it is a campaign, a charity or another non-profit body.
ORGANISATION_CUES = frozenset(
    words("""campaign campaigns campaigners campaigning activist activists charity charities ngo
    ngos nonprofit non-profit advocacy watchdog lobby pressure protesters volunteers party
    consumer coalition""")
)
#: First words of a campaign's name, a call to act ("Free Tibet", "Save the Children",
#: "Stop the War Coalition") or its supporters ("Friends of the Earth").
ORGANISATION_OPENERS = frozenset(words("Free Save Stop Friends Fight Justice"))
PERSON_CUES = frozenset(
    words("""said says told added explained stated wrote he she his her him mr ms mrs spokesman
    spokeswoman who aged""")
)
PLACE_PREPOSITIONS = frozenset(words("in at near across inside outside into"))

#: Verbs of news whose past has no "-ed".
IRREGULAR_PAST = (
    "struck|fought|shot|hit|took|began|sent|made|gave|met|told|held|led|left|won|lost|fled"
    "|threw|broke|sought|said|spoke|withdrew|froze|bought|sold|brought|drew|swore|overran"
    "|flew|came|went|ran|rose|fell|kept|paid|stood|wrote|drove|sank|caught|dealt|forbade|shut"
    "|swept|beat|retook|lent|overrode|upheld|withheld|oversaw|undertook|chose|blew|tore"
)
#: A verb's past form, lower case.
PAST = re.compile(rf"(?:[a-z]+ed|{IRREGULAR_PAST})\b")
#: Nouns an armed group is named again by ("the militants", "the rebels").
GROUP_NAMED_AGAIN = (
    "group|militia|movement|militants|insurgents|rebels|guerrillas|jihadists|gunmen|attackers"
    "|fighters"
)
#: Nouns that name an armed collective when preceded by capitalised qualifiers.
ARMED_GROUP_NOUNS = (
    "militias|militia|militants|rebels|insurgents|fighters|groups|factions|jihadists|paramilitaries"
    "|separatists|gunmen"
    "|cartels|cartel|gangs|gang"
)
#: Nouns for a state's backers named collectively ("Israel's allies").
COLLECTIVE_NOUNS = "allies|partners|proxies|backers|adversaries|enemies"
#: Nouns for people at work, whom an employer fires and who strike ("fired 500 striking
#: members of the union").
WORKING_PEOPLE = (
    "workers|employees|members|staff|staffers|miners|teachers|doctors|nurses|drivers|dockers"
    "|dockworkers|pilots|controllers|farmers|officials|civil servants|judges|strikers"
)
#: Nouns for a crowd out in the streets, a group of its own once its people name it ("Greek
#: protesters", "Nigerian rioters").
CROWD_NOUNS = "protesters|protestors|demonstrators|rioters|strikers"

#: A body's people listed after a name: "Aung San Suu Kyi and other leaders of| her ruling
#: NLD", "Mohamed Mursi and more than 100 other members of| the Muslim Brotherhood", "Uganda
#: and the rebels of| the Lord's Resistance Army".
#: A protest given up by those who held it, then its noun: "called off a two-day national|
#: strike", "suspended an indefinite nationwide| strike" (verbs.PROTEST_CALLED_OFF, and no
#: protest of its own: idle_acts).
CALLING_OFF = r"(?:call(?:s|ed|ing)?\s+off|suspend(?:s|ed|ing)?|end(?:s|ed|ing)?)"
PROTEST_NOUNS = r"(?:strikes?|walkouts?|protests?|boycotts?|sit-ins?)"
#: A capitalised name in the possessive: "Spain's", "Barrick Gold's", "Baghdad's".
NAME_POSSESSIVE = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s"
MEMBERS_OF = (
    r"and\s+(?:the\s+)?(?:(?:more\s+than\s+|about\s+|some\s+)?\d[\d,]*\s+)?(?:other\s+)?"
    r"(?:senior\s+|top\s+)?(?:leaders|members|figures|officials|representatives|delegates"
    r"|commanders|rebels|fighters|guerrillas|militants|insurgents)"
    r"\s+of\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:ruling\s+|main\s+|banned\s+)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?"
)

#: How many and how armed, before forces: "hundreds of armed| police".
FORCES_COUNTED = (
    r"(?:(?:hundreds|dozens|scores|thousands)\s+of\s+)?(?:(?:armed|masked|uniformed)\s+)?"
)
#: Craft named for attacking after "attack" ("attack helicopters"): a weapon, no attack.
ATTACK_CRAFT = frozenset(
    words("helicopter helicopters aircraft jet jets plane planes submarine submarines drone drones")
    + words("boat boats craft dog dogs")
)

#: First words of a state's own courts, before "Court": "Supreme Court", "Constitutional Court"
#: (not "the International Court of Justice").
STATE_COURTS = (
    "Supreme",
    "Constitutional",
    "High",
    "Federal",
    "Appeals",
    "Administrative",
    "Military",
    "Cassation",
)
#: Last words of parties' and movements' names: "Awami League", "Forum for Democratic Change".
PARTY_WORDS = frozenset(
    words("Party Movement Front Alliance Union Congress League Coalition Forum Rally")
)
