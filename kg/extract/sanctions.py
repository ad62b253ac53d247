"""Sanctions: restrictive measures imposed, or in force, on an actor.

From the parse around a sanction noun (sanctions, embargo, interdiction, gel
des avoirs): the target is what "visant / frappant / contre / à l'encontre de"
names, the actor "sous sanctions" is said of, or the "à ..." of an
interdiction; the imposer is the subject of "imposer / adopter", the "par ..."
agent, "de l'ONU", or a demonym ("sanctions américaines"). The reason follows
"en raison de", "à cause de", "en représailles à"...
"""
from __future__ import annotations

from kg.extract.common import case_of, events_cues, governing_verb, lemma, people_of, subject_of
from kg.records import Sanction

TARGET = ("Country", "Person", "Organization")
IMPOSER = ("Country", "Organization")


def _reason(sent, start_char: int) -> str | None:
    text = sent.doc.text[start_char: sent.end_char]
    low = text.lower()
    best = None
    for marker in sorted(events_cues("sanction_reason_markers"), key=len, reverse=True):
        k = low.find(marker)
        if k >= 0 and (best is None or k < best[0]):
            best = (k, marker)
    if best is None:
        return None
    rest = text[best[0] + len(best[1]):]
    for stop in (".", ";", " – ", " - ", "«", "»", "\n"):
        rest = rest.split(stop)[0]
    rest = rest.split(", ")[0] if len(rest) > 120 else rest
    return rest.strip(" ,\"'") or None


def _first(refs):
    return refs[0] if refs else None


def _imposed(noun) -> bool:
    """Is the sanction noun the object of an imposing verb ("imposer des sanctions à X")?"""
    verb = governing_verb(noun)
    return verb is not None and lemma(verb) in events_cues("sanction_verbs") and noun.dep_ in ("obj", "nsubj:pass")


def _target(ctx, noun):
    # "sanctions visant X", "sanctions frappant X"
    for child in noun.children:
        if child.dep_ in ("acl", "acl:relcl") and lemma(child) in events_cues("sanction_target_verbs"):
            for obj in child.children:
                if obj.dep_ == "obj":
                    found = people_of(ctx, obj, TARGET)
                    if found:
                        return found[0]
    # "sanctions contre X", "à l'encontre de X", "embargo sur X", "vente d'armes à X" (depth 2)
    frontier = [noun]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for child in node.children:
                if child.dep_ in ("acl:relcl", "advcl", "ccomp", "punct", "det", "case"):
                    continue
                case = case_of(child).split()
                if case[:1] in (["contre"], ["envers"], ["sur"], ["à"], ["au"], ["aux"]) or case[-2:] == ["encontre", "de"]:
                    found = people_of(ctx, child, TARGET)
                    if node is noun and case[:1] in (["à"], ["au"], ["aux"]) and not _imposed(noun):
                        # "bloquer toute sanction au Conseil de sécurité": the body where it is
                        # voted, not its target; "imposer des sanctions à X" names the target
                        found = [r for r in found if r.type != "Organization"]
                    if found:
                        return found[0]
                nxt.append(child)
        frontier = nxt
    # "X, elle-même sous sanctions": what the phrase is said of
    if case_of(noun).split()[:1] == ["sous"] or any(c.lower_ == "sous" for c in noun.children):
        head = noun.head
        for _ in range(3):
            found = [r for r in people_of(ctx, head, TARGET)] if ctx.actor_at(head) else []
            if found:
                return found[0]
            if head.head is head:
                break
            head = head.head
    return None


def _imposer(ctx, noun):
    for child in noun.children:
        case = case_of(child).split()
        if case[:1] in (["par"], ["de"], ["des"], ["du"], ["d'"]) and child.dep_ in ("nmod", "obl:agent", "obl"):
            found = people_of(ctx, child, IMPOSER)
            if found:
                return found[0]
        if child.dep_ == "amod":
            ref = ctx.actor_at(child)
            if ref is not None and ref.type == "Country":
                return ref
    verb = governing_verb(noun)
    if verb is not None and lemma(verb) in events_cues("sanction_verbs") and noun.dep_ in ("obj", "nsubj:pass"):
        subj = subject_of(verb)
        if subj is not None:
            return _first(people_of(ctx, subj, IMPOSER))
    return None


def extract(ctx) -> list[Sanction]:
    out = []
    nouns = events_cues("sanction_nouns")
    for sent in ctx.doc.sents:
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.lower_ not in nouns and lemma(tok) not in nouns):
                continue
            target = _target(ctx, tok)
            if target is None:
                continue
            imposer = _imposer(ctx, tok)
            if imposer == target:
                imposer = None
            out.append(Sanction(imposer=imposer, target=target, reason=_reason(sent, tok.idx),
                                evidence=ctx.evidence(sent)))
        for verb in sent:
            # "X sanctionne Y", "X a imposé des sanctions à Y" (the noun case covers the latter)
            if lemma(verb) == "sanctionner" and verb.pos_ == "VERB":
                imposer = _first(people_of(ctx, subject_of(verb), IMPOSER)) if subject_of(verb) else None
                for obj in verb.children:
                    if obj.dep_ in ("obj", "nsubj:pass"):
                        target = _first(people_of(ctx, obj, TARGET))
                        if target is not None:
                            if obj.dep_ == "nsubj:pass":
                                imposer = _first([r for c in verb.children if c.dep_ == "obl:agent"
                                                  for r in people_of(ctx, c, IMPOSER)])
                            out.append(Sanction(imposer=imposer, target=target,
                                                reason=_reason(sent, verb.idx), evidence=ctx.evidence(sent)))
    return out
