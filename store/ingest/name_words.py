"""The words of names: the lower-case words that join the capitalised words of one name
("Bank of America"), the words that are no name alone (stopwords, titles, adjectives), the
last words that make a name an institution's, creeds before a party's name, and the
portfolios of ministers and secretaries.

Discovery cuts runs of capitalised words with them, and the passes that later decide a
name's kind, its office or its short forms read the same lists.
"""

from __future__ import annotations

import re

from personae.store.ingest.lexicon import (
    ADJECTIVES,
    COMPANY_SUFFIXES,
    GOVERNMENT_WORDS,
    ORGANISATION_WORDS,
    STOPWORDS,
    TITLES,
    words,
)

#: Lower-case words that may join the capitalised words of one name ("Bank of America").
CONNECTORS = frozenset(
    {
        "of",
        "de",
        "du",
        "da",
        "der",
        "von",
        "van",
        "al",
        "el",
        "bin",
        "ibn",
        "for",
        "del",
        "di",
        "do",
        "dos",
        "das",
        "des",
        "la",
        "le",
        "y",
        "e",
        "ul",
        "ud",
        "ut",
        "i",
        "arap",
    }
)  # "Pakistan Tehreek-e-Insaf", "Azimio la Umoja", "Jamaat-ud-Dawa", "Jamiat-i-Islami"
#: Scriptures: capitalised, acted on ("a copy of the Koran was burned"), never an actor.
SCRIPTURES = frozenset(words("Koran Quran Qur'an Bible Torah Talmud"))
#: Diseases: capitalised, fought and contained ("to contain the Ebola outbreak"), no actor.
DISEASES = frozenset(
    words("Ebola SARS MERS Zika COVID COVID-19 Covid Covid-19 HIV AIDS Mpox Marburg Omicron")
)
#: Capitalised words that are no name alone and never begin a longer name before a known one.
NOT_NAMES = STOPWORDS | TITLES | ADJECTIVES | SCRIPTURES | DISEASES
#: Last words that make a name an institution's rather than a person's.
INSTITUTION_WORDS = COMPANY_SUFFIXES | GOVERNMENT_WORDS | ORGANISATION_WORDS
#: Buildings and grounds named "of the" something: "the Great Hall of the People", "the
#: Temple of Heaven"; such a name is a place.
BUILDING_WORDS = frozenset(words("Hall Palace Temple Square Gate Tomb Mausoleum Cathedral"))
#: Bodies named for their topic after "on" or "against" ("Commission on Human Rights").
TOPIC_BODIES = frozenset(words("Commission Committee Council Panel Office Institute Centre Center"))
#: Creeds and factions written before a party's name, no word of it.
CREEDS = frozenset(
    words("""Marxist Maoist Leninist Marxist-Leninist Islamist Jihadist Salafist Leftist Rightist
    Royalist Sunni Shiite Shi'ite Shia""")
)
#: Words trimmed from both ends of a run: they open or close sentences, not names.
EDGE_WORDS = STOPWORDS | ADJECTIVES | CONNECTORS


#: Words naming a minister's or a secretary's portfolio ("Secretary of Homeland Security").
PORTFOLIOS = frozenset(
    words("""State Defense Defence Energy Finance Foreign Affairs Interior Internal External
    Home Homeland Security Justice Health Education Agriculture Commerce Trade Labor Labour
    Transport Transportation Treasury Competition Environment Economy Economic Industry Culture
    Information Communications Development Planning Public Works Oil Petroleum Mining
    Mines War National""")
)


#: The branches a body's list of portfolios names after "of", with commas: "Ministry of
#: Agriculture, Forestry and Fisheries", "Ministry of Land, Infrastructure, Transport and Tourism".
BRANCHES = PORTFOLIOS | frozenset(
    words("""Forestry Fisheries Food Rural Tourism Sport Sports Science Technology Welfare
    Infrastructure Land Lands Housing Urban Water Resources Natural Youth Women Family Social
    Employment Innovation Research Investment Enterprise Industries Arts Heritage Media Digital
    Immigration Citizenship Veterans Climate Regional Local Maritime Aviation
    Telecommunications Posts Mineral Minerals Higher Gender Cooperatives Electricity Power
    Hydrocarbons Sanitation Religious Children Humanitarian Disaster Management Relief
    Solidarity Reconciliation Unity Sciences Universities Lands Ports Railways Roads
    Intelligence Ecology Technical Supervision Mass Emergency Emergencies Situations
    Protection Consumer Statistics Safety Wildlife Conservation""")
)

#: Stopwords that also open names ("New York", "Great Lakes") when not opening a sentence.
NAME_OPENERS = frozenset(words("New Old Big Great Good High"))


#: A family name and a given name of two syllables joined by a hyphen: "Lee Sang-jin",
#: "Sung Yun-mo", "Lai Ching-te".
SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,4}-[a-z]{1,4}")
