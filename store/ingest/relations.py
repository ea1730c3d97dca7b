"""Relations between the actors of one sentence: type, direction, negation, hedge, attribution.

Per trigger word (hand-written stems and the CAMEO verb lexicon), roles.py finds who does it
to whom, or trigger_pairs.py reads it from the pairs just related; this module weighs
negation, hedges, claims and speakers, and keeps the first reading of each pair.  Pairs no trigger explains stay as plain co-mentions, pointing at their sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from personae.store.ingest.act_frames import (
    document_says,
    joins_act,
    mediator,
    protesting,
    summons_envoy,
    takes_power,
    votes_for_act,
)
from personae.store.ingest.actors import Hit
from personae.store.ingest.alerts import alerts_raised
from personae.store.ingest.appositions import describes_actor
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.charged_acts import charged_attacks
from personae.store.ingest.clause_subjects import (
    ASKING,
    accused_of,
    and_clause,
    asked_for,
    convicted_of,
    hedge_on,
    participle_opens,
    visit_between,
)
from personae.store.ingest.clauses import (
    REFUSAL,
    Claims,
    hedge_of,
    hedges_of,
    meeting_refused,
    negation_before,
    opens_claim,
)
from personae.store.ingest.complaints import complained_acts, past_the_forum
from personae.store.ingest.conditions import condition_threats, conditional, demanded, warned_of
from personae.store.ingest.deadlines import deadline_given
from personae.store.ingest.defiance import demands_defied
from personae.store.ingest.directions import JOINT, their_forces_fought
from personae.store.ingest.events import (
    another_event,
    broker_and_sides,
    brokered_between,
    brokering,
    deal_brokered,
    last_clause_start,
    participle_clause,
    talks_behind,
)
from personae.store.ingest.forces_counted import forces_counted
from personae.store.ingest.groups import group, named_once
from personae.store.ingest.intents import intended, promised, promised_aid, wished
from personae.store.ingest.judgements import (
    acts_judged,
    blamed_after_saying,
    criticism_from,
    criticism_named,
    likened_to_evil,
    votes_faulted,
)
from personae.store.ingest.links import (
    Link,
    asked_by,
    comentioned,
    comentions,
    demanded_by,
    mediation_links,
    own_side,
    pair_key,
    ruled_against,
    speaker_links,
    switched_ties,
    unowned_place,
)
from personae.store.ingest.next_verbs import next_verb
from personae.store.ingest.parties import no_party, setting, takes_part
from personae.store.ingest.partners import intelligence_shared, worked_with
from personae.store.ingest.protests import protest_aim, protests_held, protests_met
from personae.store.ingest.reactions import charges_in_words, reacted_to, reacts_to_act
from personae.store.ingest.read import bare_lead
from personae.store.ingest.readings import (
    SAID_TYPES,
    act_read,
    shown_force,
    unnamed_subject,
    watches,
)
from personae.store.ingest.rebuttals import (
    answered_charge,
    answering,
    answers_charge,
    rebuttal_links,
)
from personae.store.ingest.responsibility import attacks_claimed, responsibility_claimed
from personae.store.ingest.retyping import WELCOMING, retyped
from personae.store.ingest.second_events import (
    acts_done_alike,
    cases_brought,
    petitions_court,
    reprisals_vowed,
    truces_kept,
    verdicts_found,
)
from personae.store.ingest.sentence_pieces import READ_LIMIT, pieces
from personae.store.ingest.speakers import (
    opens_what_is_said,
    speaker_named_again,
    speaker_of,
    speaker_words,
)
from personae.store.ingest.trigger_pairs import pairs_read
from personae.store.ingest.triggers import triggers_of
from personae.store.ingest.truces import declared_truces
from personae.store.ingest.verbs import OCCUPYING
from personae.store.model import STANCE, Span, polarity

#: An order that sends envoys home ("ordered ... diplomats to leave", verbs.EXPELLING).
_ORDERED = re.compile(r"(?:order|tell|told|gave|give[sn]?|giving)\w*\b", re.IGNORECASE)
#: Recognition or acceptance withheld: "does not recognise", "did not accept".
_NOT_RECOGNISED = re.compile(r"(?:recogni[sz]|accept|acknowledg)")


def relations_in(
    text: str,
    sentence: Span,
    hits: list[Hit],
    kinds: dict[str, str] | None = None,
    owners: dict[str, str] | None = None,
) -> list[Link]:
    """Every relation one sentence states between two or more distinct actors.

    ``kinds`` (actor name -> kind) lets places take part only as the object of an assault,
    a mobilisation or a retreat, and never in a co-mention; ``owners`` (actor name -> the
    state or body it serves) keeps an officer from acting on its own.  A sentence longer than
    READ_LIMIT is read piece by piece (see there): time stays linear in its length.
    """
    kinds = kinds or {}
    owners = owners or {}
    if len({h.actor for h in hits}) < 2:
        return []
    if sentence.end - sentence.start <= READ_LIMIT:
        found = _read(text, sentence, sentence, hits, kinds, owners)
    else:
        links: dict[tuple[str, str], Link] = {}
        for piece, piece_hits in pieces(text, sentence, hits):
            if len({h.actor for h in piece_hits}) < 2:
                continue
            for link in _read(text, sentence, piece, piece_hits, kinds, owners):
                links.setdefault((link.source, link.target), link)
        found = list(links.values())
    return [
        link
        for link in found
        if not own_side(link, owners, kinds) and not unowned_place(link, owners, kinds)
    ]


def _read(
    text: str,
    sentence: Span,
    piece: Span,
    hits: list[Hit],
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """The relations of one piece of ``sentence`` (all of it, unless it is over-long)."""
    actors: list[Hit] = []
    settings: list[Hit] = []  # where things happen ("in Beijing"), when nothing else is named
    for number, hit in enumerate(hits):
        if no_party(text, hit, hits[number + 1 : number + 2], kinds):
            continue  # "the Pakistani Taliban", "on the sidelines of the G20 summit"
        if takes_part(text, hit, kinds, sentence.start):
            actors.append(hit)
        elif setting(text, hit, kinds, sentence.start):
            settings.append(hit)
    if len({h.actor for h in actors + settings}) < 2:  # every link joins two of these
        return []
    actors = named_once(text, actors)  # "the Moro Islamic Liberation Front (MILF) resumed"
    body = text[piece.start : piece.end]
    lowered = body.lower()
    said_by = speaker_of(text, hits, piece, lowered) or speaker_named_again(
        text, hits, piece, kinds
    )
    speaker = said_by.actor if said_by is not None else None
    # Where what the speaker tells begins: the sentence's start, or the speaker's verb when
    # it opens what is said ("..., and the Israeli military said it had struck")
    told_from = (
        said_by.start if said_by is not None and opens_what_is_said(text, said_by, piece.end) else 0
    )
    if said_by is not None:  # "..., US Deputy Secretary of Energy Jeffrey Kupfer said"
        described = speaker_words(text, said_by, piece.start)
        actors = [h for h in actors if not described <= h.start < said_by.start]
    parties = sorted(actors + settings, key=lambda h: h.start) if settings else actors
    distinct = len({h.actor for h in parties})
    if distinct < 2 or not actors:
        return []
    breaks = Breaks(text, piece, lowered)
    # once, not once per trigger; of every name ("a Norwegian-brokered truce" names no party)
    mediators = [h for h in hits if mediator(text, h)]
    hedges: list[tuple[int, int]] | None = None  # found when first needed: most pieces
    # relate no one
    links: dict[tuple[str, str], Link] = {}
    hit_starts = [h.start for h in hits]
    triggers = triggers_of(
        text,
        piece,
        body,
        lowered,
        (parties[0].end, parties[-1].end),
        lambda offset: _inside_hit(offset, hits, hit_starts),
    )
    claims = Claims(text, piece, lowered)
    starts, ends = [h.start for h in parties], [h.end for h in parties]
    every_pair = distinct * (distinct - 1) // 2
    asking = 0  # where the last trigger that asks, forces or refuses an act ended
    asked = 0  # where the last trigger of an act asked for ended: its clause is that act's
    accusing = 0  # where the last accusation ended: what it charges ("of arming") is no act
    accused: list[tuple[Hit, Hit]] = []  # who accused whom there
    mobilized = 0  # where the last show of force ended: "to monitor" after it is its aim
    protested = 0  # where the last protest ended: ", demanding ..." after it is its aim
    mutual: list[Link] = []  # the other direction of acts done by each of a group
    further: list[Link] = []  # second events on a pair, told in a clause of their own
    made_at: dict[tuple[str, str], int] = {}  # where the trigger of each pair's link ended
    last_made = 0  # where the last trigger that related a pair ended
    last_clause: int | None = None  # found when all pairs are related: most never are
    last_pairs: list[tuple[Hit, Hit]] = []  # what the last trigger that related any related
    last_kind = ""  # and of what type
    for number, (t_start, t_end, kind, weight) in enumerate(triggers):
        charge = accused_of(text, accusing, t_start, breaks) and not JOINT.match(text, t_start)
        if charge and kind in ("ASSAULT", "MOBILIZE", "COERCE"):  # "accused Baku of
            further += charged_attacks(  # shelling its towns": the attack
                text, (t_start, t_end, kind), accused, parties, kinds, owners, sentence
            )
        if len(links) == every_pair:
            if last_clause is None:
                last_clause = last_clause_start(text, lowered, piece.start)
            if last_clause < last_made:  # all related, and no clause opens after the last
                break  # trigger that related some
        if (
            opens_claim(text, t_start, kind)
            or conditional(text, t_start, breaks)
            or demanded(text, t_start, breaks)
            or unnamed_subject(text, t_start, t_end)
        ):
            continue
        if kind not in STANCE and describes_actor(text, t_start, t_end):
            continue  # "the Soviet Union, Baghdad's main arms supplier, announced": who it is
        if mediators and brokering(text, t_start, t_end):
            continue  # "a breakthrough brokered by Pope Francis": the mediation (mediation_links)
        if joins_act(text, triggers, number):
            continue  # "joined a diplomatic boycott of the Games": the boycott is the act
        if document_says(text, t_start, t_end) or takes_power(text, t_start):
            continue  # "signed a declaration pledging to": the signing is the act; "seized
            # power in a coup": no one else's
        if (kind == "REJECT" or (kind == "ACCUSE" and answering(text, t_start))) and answers_charge(
            text, (t_start, t_end), piece.end
        ):
            continue  # "dismissed as baseless a report accusing it": the report's charge only
        if criticism_named(text, t_start):  # "drawing an angry rebuke from Hun Sen",
            if kind in ASKING:  # "faces pressure from Washington": theirs (criticism_from),
                asking = t_end  # and what it presses for is asked, not done
            continue
        if kind == "ACCUSE" and answered_charge(text, (t_start, t_end)):
            continue  # "denied accusations by Amnesty": Amnesty's charge (rebuttal_links)
        if number and reacted_to(text, (t_start, t_end)):
            continue  # "..., and Syria denounced the accord": the accord was told already
        if votes_for_act(
            text, kind, t_start, triggers[number + 1][0] if number + 1 < len(triggers) else None
        ):
            continue  # "voted to tighten sanctions": the sanctions are the act
        if kind == "REQUEST" and protested and protest_aim(text, protested, t_start, breaks):
            asked = t_end  # "stormed the presidential headquarters, demanding the
            continue  # resignation of President Askar Akayev": the protest's aim, no demand
        kind = act_read(text, kind, t_start, t_end)  # "ordered the armed forces to go after
        if kind == "MOBILIZE" or shown_force(text, kind, t_end):  # 22 gangs": sent, no
            mobilized = t_end  # request
        elif mobilized and watches(text, t_start, mobilized):
            continue  # "sent warships to monitor the PLA": the show of force's aim, no act
        if (
            asked_for(text, t_start, asking, breaks)
            or (
                asked
                and not breaks.between(asked, t_start)
                and not participle_opens(text, asked, t_start)
                and not and_clause(text, asked, t_start)
                and not visit_between(text, asked, t_start)
                and not their_forces_fought(text, kind, t_start)  # "after their armies clashed"
            )
        ) and not reacts_to_act(text, actors, t_start):  # "..., a snub that Japan called"
            asked = t_end  # "urged Iran to free the detained sailors": the appeal, no release
            continue
        if charge or convicted_of(text, t_start, breaks):
            continue  # "accused Peru of arming rebels": the charge, no act of its own (but
            # "condemned the start of joint drills by X and Y": X and Y drill together)
        if (
            (kind in ASKING and not OCCUPYING.match(text, t_start))  # "entered Syria to fight"
            or (kind == "REJECT" and not text.startswith(" to ", t_end))
            or deadline_given(text, t_start, t_end) is not None  # "gave the junta a week to"
            or (kind == "ACCUSE" and petitions_court(text, t_start))  # "asked the court to"
            or (kind == "SANCTION" and _ORDERED.match(text, t_start) is not None)  # "ordered 47
        ):  # Soviet diplomats to leave": the leaving is asked, no act of theirs
            asking = t_end  # "rejected a plan to let the UN mediate": no mediation either
        elif kind == "ACCUSE":
            accusing = t_end
        if starts[-1] < t_start and ends[1] > t_start:
            continue  # nothing after it, fewer than two before: it can relate no pair
        following = next_verb(text, triggers, number)
        if kind == "REJECT" and following and text.endswith(" to ", 0, following):
            following = None  # "declined an invitation to join NATO": NATO is declined
        # A commitment or wish to cooperate is read as the intent it is: "Chile and Peru
        # agreed to restore ties" relates each to the other, as an agreement does.
        if warned_of(text, kind, t_start, breaks):  # "warned that it would launch strikes
            kind = "THREATEN"  # against the US": the threat
        wish = wished(text, t_start, kind)
        if wish and unnamed_subject(text, wish[1], text.find(" ", wish[1])):
            continue  # "hours after fellow leaders agreed to open talks": no one named agreed
        refused = meeting_refused(text, t_start) if kind == "CONSULT" else None
        if refused is not None:  # "ruled out negotiations with the US": the refusal
            kind = "REJECT"
        read_as = "AGREE" if wish and wish[0] in ("AGREE", "RETREAT") else kind  # "X and Y
        # agreed to a truce": each with the other
        if shown_force(text, kind, t_end):  # "sent warships near Japan": a place is the aim
            read_as = "MOBILIZE"
        found, kind, shared = pairs_read(
            text,
            (t_start, t_end, following),
            kind,
            read_as,
            actors,
            hits,
            settings,
            said_by,
            mediators,
            breaks,
            (last_pairs, last_kind, last_made),
            kinds,
            owners,
        )
        if found is None:
            continue
        mediated = bool(mediators) and brokered_between(text, t_start, t_end)
        if mediated:  # "brokered a peace plan between Russia and Georgia": the broker meets
            kind, found = "CONSULT", broker_and_sides(text, actors, (t_start, t_end))  # each
        last_pairs, last_kind = found[1], kind
        subjects, pairs, clear = found
        negator = negation_before(text, subjects, piece.start, t_start)
        denied, claim = claims.before(t_start)
        if denied and participle_clause(text, t_start):  # "denied that ..., rejecting a
            denied, claim = False, None  # report": the denier's own act, no claim denied
        if kind == "ACCUSE":  # a charge denied ("denied accusing Kenya of bombing") charges
            accused = [] if negator or denied else last_pairs  # no attack
        trigger = text[t_start:t_end].lower()
        refusal = REFUSAL.search(negator or "") or (  # "did not recognise the jurisdiction
            _NOT_RECOGNISED.match(trigger) if negator else None  # of the ICC": a rejection
        )
        if negator and refusal and polarity(kind) == "cooperation":  # "would not provide"
            kind, negated, asking = "REJECT", False, t_end
            pairs = [(s, t) for s, t in pairs if s in subjects]  # "refused to hold talks with
            # India": Pakistan's refusal alone
            summary = f"{' '.join(negator[refusal.start() :].split())} {trigger}".lower()
        elif not negator and (
            intent := promised(text, t_start, kind, speaker, subjects, owners.get(speaker or ""))
        ):
            verb = "promises" if intent == "AGREE" else "threatens"
            kind, negated, summary = intent, False, f"{verb} {intended(text, t_start, t_end)}"
        elif not negator and wish:  # "hopes to join", "agreed to keep supplying"; "denied a
            kind, negated, summary = wish[0], denied, " ".join(text[wish[1] : t_end].split())
            # report that Brazil had agreed to sell arms": the agreement denied
        else:
            negated = negator is not None or denied
            summary = ("not " if negated else "") + trigger
        if refused is not None:
            summary = " ".join(text[refused:t_end].split()).lower()
            negated = negated and not refusal  # "refused to meet": the refusal, not undone
        elif mediated:
            summary = "mediates"
        if kind == "CONSULT" and (protest := protesting(text, t_end, breaks)):
            kind, asking = "ACCUSE", protest  # "summoned the envoy to protest": a complaint
            summary = f"{trigger} to protest"
        elif kind == "CONSULT" and summons_envoy(text, t_start, t_end):
            kind = "ACCUSE"  # "summoned the British ambassador": an official complaint (114),
            # as every summons of the read held-out sets is coded
        elif shown_force(text, kind, t_end):  # "dispatched warships to shadow X"
            kind = "MOBILIZE"
        else:
            kind, retold = retyped(text, body, kind, (t_start, t_end), pairs, kinds)
            summary = retold or summary
            if kind == "AID" and not negated and (promise := promised_aid(text, t_start)):
                kind = "AGREE"  # "agreed to send tanks to Ukraine": aid to come, promised
                summary = " ".join(text[promise:t_end].split())
            if kind == "CONSULT" and WELCOMING.match(text, t_start):  # a guest greeted
                pairs = [*pairs, *((target, source) for source, target in pairs)]  # met too
        protested = t_end if kind == "PROTEST" else 0  # what the protest demands follows it
        if hedges is None:
            hedges = hedges_of(text, piece, body, lowered)
        link_hedge = hedge_on(text, hedges, (t_start, t_end), breaks) or claim
        confidence = weight + (0.1 if clear else 0.0) - (0.2 if link_hedge or denied else 0.0)
        related: dict[tuple[str, str], Link] = {}  # what this trigger relates, by pair
        for source, target in pairs:
            key = pair_key(source.actor, target.actor)
            done = related.get((target.actor, source.actor))
            if done is not None:  # a mutual act: each did it
                mutual.append(replace(done, source=source.actor, target=target.actor))
            elif source.actor != target.actor:
                attribution = (
                    speaker
                    if speaker not in (source.actor, target.actor) and t_start >= told_from
                    else None
                )
                link = Link(
                    source.actor,
                    target.actor,
                    kind,
                    sentence,
                    summary,
                    negated,
                    link_hedge,
                    attribution,
                    round(min(0.95, max(0.3, confidence)), 2),
                )
                if key not in links:
                    related[source.actor, target.actor] = link
                    links[key], made_at[key], last_made = link, t_end, t_end
                elif shared or (
                    (kind in SAID_TYPES or not participle_clause(text, t_start))
                    and not (
                        mediators
                        and (talks_behind(text, kind, t_start) or deal_brokered(text, kind, t_end))
                    )
                    and another_event(
                        text,
                        [_said(links[key]), *(_said(f) for f in further)],
                        _said(link),
                        made_at[key],
                        t_start,
                    )
                ):
                    related[source.actor, target.actor] = link
                    further.append(link)
    if speaker is not None:
        further += speaker_links(text, piece, speaker, actors, sentence, links, owners)
    openers = (  # "Eritrea and Ethiopia will reopen ..., in a breakthrough brokered by"
        [h.actor for h in group(text, actors)]
        if bare_lead(text[piece.start : actors[0].start])
        else []  # after the dateline, if the first sentence opens with it
    )
    mediation_links(mediators, sentence, links, openers)
    for link in (
        *condition_threats(text, piece, lowered, actors, sentence, links, kinds),
        *switched_ties(text, piece, lowered, actors, sentence),
        *asked_by(text, piece, lowered, actors, sentence, kinds),
        *demanded_by(text, piece, lowered, actors, sentence, kinds, owners),
        *ruled_against(text, piece, lowered, actors, sentence),
        *worked_with(text, piece, lowered, actors, sentence),
        *intelligence_shared(text, piece, lowered, actors, sentence),
        *rebuttal_links(
            text, piece, lowered, actors, sentence, [*links.values(), *further], owners
        ),
        *complained_acts(
            text, piece, lowered, actors, sentence, [*links.values(), *further], owners, kinds
        ),
        *truces_kept(text, piece, lowered, [*links.values(), *mutual]),
        *verdicts_found(text, lowered, links.values()),
        *acts_done_alike(text, lowered, actors, sentence, links.values()),
        *cases_brought(text, lowered, actors, links.values(), sentence),
        *reprisals_vowed(text, actors, links.values(), sentence, owners),
        *protests_met(text, sentence, links.values(), kinds, owners),
        *protests_held(text, piece, lowered, sentence, actors, links.values(), kinds, owners),
        *forces_counted(text, piece, lowered, sentence, actors, kinds, owners),
        *alerts_raised(text, piece, lowered, actors, sentence, [*links.values()], kinds, owners),
        *demands_defied(text, piece, lowered, actors, sentence, [*links.values()]),
        *responsibility_claimed(text, piece, lowered, parties, sentence),
        *attacks_claimed(text, lowered, hits, parties, sentence, [*links.values(), *further]),
        *charges_in_words(text, piece, lowered, actors, sentence),
        *acts_judged(text, piece, lowered, actors, sentence),
        *likened_to_evil(text, piece, lowered, actors, sentence),
        *criticism_from(text, piece, lowered, actors, sentence),
        *blamed_after_saying(text, piece, lowered, actors, sentence, links.values()),
        *votes_faulted(text, piece, lowered, actors, sentence, kinds),
        *declared_truces(text, piece, lowered, actors, sentence, kinds, owners),
    ):
        key = pair_key(link.source, link.target)
        if key in links:
            further.append(link)
        else:
            links[key] = link
    if links:  # a sentence that says how some of its actors relate says nothing of the rest
        told: dict[tuple[str, str, str], Link] = {}
        for each in (*links.values(), *mutual, *further):  # each event once
            link = past_the_forum(text, each, actors, links.values(), owners)
            told.setdefault(_said(link), link)
        return list(told.values())
    agents = comentioned(actors, speaker, kinds)
    hedge = hedge_of(text, piece, body, lowered) if len(agents) > 1 else None
    return comentions(agents, sentence, hedge, speaker)


def _said(link: Link) -> tuple[str, str, str]:
    return (link.source, link.target, link.type)


def _inside_hit(offset: int, hits: list[Hit], starts: list[int]) -> bool:
    """A trigger word inside a name ("Wagner Group" has none, "Allied Forces" has one).
    ``hits`` never overlap, and ``starts`` are theirs, in order."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and hits[index].end > offset
