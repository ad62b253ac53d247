"""Resolution: one node per real actor across articles, whatever the spelling."""
from __future__ import annotations

import pytest

from kg.articles import Article
from kg.records import ActorRef, ArticleFacts, Mention
from kg.resolve import actor_key, name_key, resolve_actors


def facts(article_id: str, *refs: ActorRef) -> ArticleFacts:
    art = Article(id=article_id, text="x", title=None, source=article_id)
    return ArticleFacts(article=art, mentions=[Mention(ref=r, surface=r.name, start=i, end=i + 1)
                                               for i, r in enumerate(refs)])


def one_node(*groups) -> dict:
    all_facts = [facts(f"{i:016x}", *refs) for i, refs in enumerate(groups)]
    return resolve_actors(all_facts)


@pytest.mark.parametrize("a, b", [
    ("Vostotchny", "Vostochny"),
    ("Sergueï Choïgou", "Sergei Shoigu"),
    ("Andreï Lankov", "Andrei Lankov"),
    ("Khassan", "Khasan"),
    ("Guerassimov", "Gerasimov"),
    ("Zelensky", "Zelenskyy"),
    ("Leif-Eric Easley", "Leif Eric Easley"),
    ("M. Lankov", "Lankov"),
])
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Kim Jong-un", "Kim Yo-jong"),
    ("Park Jin", "Park Geun-hye"),
    ("Sergueï Lavrov", "Sergueï Choïgou"),
])
def test_different_people_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_gazetteer_spellings_are_one_actor():
    a = ActorRef("Kim Jong Un", "Person")
    b = ActorRef("Kim Jong-un", "Person", "kim_jong_un")
    assert actor_key(a) == actor_key(b)
    actors = one_node([a], [b])
    assert len(set(actors.values())) == 1
    actor = next(iter(actors.values()))
    assert actor.label == "Kim Jong-un" and actor.wikidata == "Q56226"
    assert len(actor.articles) == 2


def test_unknown_person_spelled_two_ways_across_articles():
    actors = one_node([ActorRef("Andreï Lankov", "Person")], [ActorRef("Andrei Lankov", "Person")])
    assert len(set(actors.values())) == 1


def test_lone_surname_in_another_article_takes_the_full_name():
    actors = one_node([ActorRef("Cheong Seong-chang", "Person")], [ActorRef("Cheong", "Person")])
    assert len(set(actors.values())) == 1
    assert next(iter(actors.values())).label == "Cheong Seong-chang"


def test_lone_surname_shared_by_two_people_stays_apart():
    actors = one_node([ActorRef("Park Jin", "Person"), ActorRef("Park Hyun-woo", "Person")],
                      [ActorRef("Park", "Person")])
    assert len(set(actors.values())) == 3


def test_lone_surname_of_a_gazetteer_person():
    actors = one_node([ActorRef("Vladimir Poutine", "Person", "putin")], [ActorRef("Poutine", "Person")])
    assert len(set(actors.values())) == 1


def test_unknown_name_typed_two_ways_takes_the_majority_type():
    actors = one_node([ActorRef("Institut Asan-Nord", "Organization")] * 2, [ActorRef("Institut Asan-Nord", "Place")])
    nodes = set(actors.values())
    assert len(nodes) == 1 and next(iter(nodes)).type == "Organization"


def test_capital_and_country_stay_two_actors():
    actors = one_node([ActorRef("Corée du Nord", "Country", "north_korea")],
                      [ActorRef("Pyongyang", "Place", "pyongyang")])
    assert {a.type for a in actors.values()} == {"Country", "Place"}
