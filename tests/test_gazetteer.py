"""The gazetteer: its data's invariants and the lookup API."""

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from kg import gazetteer
from kg.gazetteer import country_of_capital, country_of_demonym, fold, get, lookup, wikidata_iri

DATA = Path(gazetteer.__file__).parent / "data" / "gazetteer.json"


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Kim Jong-un", "kim jong un"),
        ("M. Poutine", "poutine"),
        ("Mme Zakharova", "zakharova"),
        ("Sergueï Choïgou", "serguei choigou"),
        ("mer de l’Est", "mer de l est"),
        ("  Corée   du Nord ", "coree du nord"),
        ("Kyïv", "kyiv"),
        ("Œuvre", "oeuvre"),
        ("Dr Kirby", "kirby"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "name, key",
    [
        ("Vladimir Poutine", "putin"),
        ("Poutine", "putin"),
        ("M. Poutine", "putin"),
        ("Vladimir Putin", "putin"),
        ("Kim Jong-un", "kim_jong_un"),
        ("Kim Jong Un", "kim_jong_un"),
        ("Kim Jong-eun", "kim_jong_un"),
        ("Sergueï Choïgou", "shoigu"),
        ("Choïgou", "shoigu"),
        ("Sergey Shoygu", "shoigu"),
        ("Sergueï Lavrov", "lavrov"),
        ("Dmitri Peskov", "peskov"),
        ("Dmitry Peskov", "peskov"),
        ("Denis Manturov", "manturov"),
        ("John Kirby", "kirby"),
        ("Yōko Kamikawa", "kamikawa"),
        ("Volodymyr Zelenskyy", "zelensky"),
        ("Zelenski", "zelensky"),
        ("Russie", "russia"),
        ("Fédération de Russie", "russia"),
        ("Russia", "russia"),
        ("RPDC", "north_korea"),
        ("Corée du Nord", "north_korea"),
        ("la Corée du Nord", "north_korea"),
        ("République populaire démocratique de Corée", "north_korea"),
        ("Corée du Sud", "south_korea"),
        ("Etats-Unis", "usa"),
        ("les États-Unis", "usa"),
        ("Chine", "china"),
        ("Japon", "japan"),
        ("Pologne", "poland"),
        ("Singapour", "singapore"),
        ("Moscou", "moscow"),
        ("Pyongyang", "pyongyang"),
        ("Séoul", "seoul"),
        ("Kiev", "kyiv"),
        ("Kyïv", "kyiv"),
        ("Vladivostok", "vladivostok"),
        ("Vostotchny", "vostochny"),
        ("cosmodrome de Vostochny", "vostochny"),
        ("Khasan", "khasan"),
        ("Extrême-Orient russe", "russian_far_east"),
        ("mer de l'Est", "sea_of_japan"),
        ("mer de l’Est", "sea_of_japan"),
        ("mer du Japon", "sea_of_japan"),
        ("le Kremlin", "kremlin"),
        ("Kremlin", "kremlin"),
        ("la Maison Blanche", "white_house"),
        ("Maison-Blanche", "white_house"),
        ("Conseil de sécurité", "unsc"),
        ("Conseil de sécurité de l'ONU", "unsc"),
        ("Conseil de sécurité des Nations unies", "unsc"),
        ("CSNU", "unsc"),
        ("l'ONU", "un"),
        ("Conseil national de sécurité", "us_nsc"),
        ("chefs d'état-major interarmées", "jcs"),
        ("état-major interarmées sud-coréen", "jcs"),
        ("Parti des travailleurs", "wpk"),
        ("Parti des travailleurs de Corée", "wpk"),
        ("AFP", "afp"),
        ("l'AFP", "afp"),
        ("Agence France-Presse", "afp"),
        ("Reuters", "reuters"),
        ("KCNA", "kcna"),
        ("Agence centrale de presse coréenne", "kcna"),
        ("Ria Novosti", "ria_novosti"),
        ("Ouest-France", "ouest_france"),
        ("Keystone-ATS", "ats"),
        ("Institut Sejong", "sejong"),
        ("Université Ewha", "ewha"),
        ("université Kookmin", "kookmin"),
        ("AIEA", "iaea"),
        ("OTAN", "nato"),
        ("Trésor américain", "us_treasury"),
        ("Pentagone", "pentagon"),
        ("Département d'État", "state_department"),
    ],
)
def test_lookup_names(name, key):
    entry = lookup(name)
    assert entry is not None, name
    assert entry.key == key


@pytest.mark.parametrize("name", ["Kim", "M. Kim", "Lee", "Park", "Moon", "Choe", "un", "le", ""])
def test_ambiguous_or_common_words_are_not_names(name):
    assert lookup(name) is None


def test_lookup_with_type():
    assert lookup("Moscou").type == "Place"
    assert lookup("Moscou", "Country") is None
    assert lookup("Moscou", "Place").key == "moscow"
    assert lookup("Luxembourg").type == "Country"
    assert lookup("Luxembourg", "Place").key == "luxembourg_city"
    assert lookup("Poutine", "Organization") is None


@pytest.mark.parametrize(
    "word, key",
    [
        ("russe", "russia"),
        ("Russes", "russia"),
        ("nord-coréen", "north_korea"),
        ("Nord-Coréenne", "north_korea"),
        ("nord-coréens", "north_korea"),
        ("nord-coréennes", "north_korea"),
        ("nord coréen", "north_korea"),
        ("sud-coréen", "south_korea"),
        ("sud-coréennes", "south_korea"),
        ("chinois", "china"),
        ("chinoise", "china"),
        ("chinoises", "china"),
        ("américain", "usa"),
        ("américains", "usa"),
        ("Américaines", "usa"),
        ("japonais", "japan"),
        ("ukrainienne", "ukraine"),
        ("polonais", "poland"),
        ("français", "france"),
        ("britannique", "united_kingdom"),
        ("allemande", "germany"),
        ("grecque", "greece"),
        ("turcs", "turkey"),
        ("iranien", "iran"),
        ("israélienne", "israel"),
        ("vietnamien", "vietnam"),
        ("suisse", "switzerland"),
    ],
)
def test_country_of_demonym(word, key):
    entry = country_of_demonym(word)
    assert entry is not None, word
    assert entry.key == key and entry.type == "Country"


@pytest.mark.parametrize("word", ["coréen", "Kim", "armée", "", "rouge"])
def test_not_demonyms(word):
    assert country_of_demonym(word) is None


@pytest.mark.parametrize(
    "name, key",
    [
        ("Moscou", "russia"),
        ("Moscow", "russia"),
        ("Pyongyang", "north_korea"),
        ("Washington", "usa"),
        ("Pékin", "china"),
        ("Beijing", "china"),
        ("Kiev", "ukraine"),
        ("Kyiv", "ukraine"),
        ("Séoul", "south_korea"),
        ("Seoul", "south_korea"),
        ("Tokyo", "japan"),
        ("Paris", "france"),
        ("Varsovie", "poland"),
        ("Londres", "united_kingdom"),
        ("Téhéran", "iran"),
        ("Hanoï", "vietnam"),
        ("Singapour", "singapore"),
        ("Luxembourg", "luxembourg"),
        ("la capitale nord-coréenne", "north_korea"),
    ],
)
def test_country_of_capital(name, key):
    entry = country_of_capital(name)
    assert entry is not None, name
    assert entry.key == key


@pytest.mark.parametrize("name", ["Vladivostok", "Russie", "Kremlin", "Poutine", "Khabarovsk"])
def test_not_capitals(name):
    assert country_of_capital(name) is None


def test_wikidata_iri():
    assert wikidata_iri(get("russia")) == "http://www.wikidata.org/entity/Q159"
    assert wikidata_iri(None) is None
    unknown = next(e for e in gazetteer.entries() if e.wikidata is None)
    assert wikidata_iri(unknown) is None


@pytest.mark.parametrize(
    "key, qid",
    [
        ("russia", "Q159"), ("north_korea", "Q423"), ("south_korea", "Q884"), ("usa", "Q30"),
        ("china", "Q148"), ("japan", "Q17"), ("ukraine", "Q212"), ("poland", "Q36"), ("france", "Q142"),
        ("putin", "Q7747"), ("kim_jong_un", "Q56226"), ("shoigu", "Q32024"), ("vladivostok", "Q959"),
        ("pyongyang", "Q18808"), ("seoul", "Q8684"), ("afp", "Q40464"), ("reuters", "Q130879"),
        ("unsc", "Q37470"),
    ],
)
def test_known_wikidata_ids(key, qid):
    assert get(key).wikidata == qid


def test_get_unknown_key():
    assert get("no_such_key") is None


# --- invariants of the data -------------------------------------------------------------


def test_keys_unique_and_sorted():
    keys = [e.key for e in gazetteer.entries()]
    assert len(keys) == len(set(keys))
    assert keys == sorted(keys)


def test_types_and_fields():
    for e in gazetteer.entries():
        assert e.type in gazetteer.TYPES, e.key
        assert e.label and e.names, e.key
        assert re.fullmatch(r"[a-z0-9_]+", e.key), e.key
        assert all(n.strip() == n and n for n in e.names), e.key


def test_wikidata_ids_well_formed_and_unique():
    seen = {}
    for e in gazetteer.entries():
        if e.wikidata is not None:
            assert re.fullmatch(r"Q[1-9]\d*", e.wikidata), e.key
            assert e.wikidata not in seen, (e.key, seen.get(e.wikidata))
            seen[e.wikidata] = e.key


def test_no_two_entries_of_one_type_share_a_folded_name():
    owners = defaultdict(set)
    for e in gazetteer.entries():
        for name in (e.label, *e.names):
            owners[(e.type, fold(name))].add(e.key)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


def test_demonyms_belong_to_one_country():
    owners = defaultdict(set)
    for e in gazetteer.entries():
        if e.demonyms:
            assert e.type == "Country", e.key
        for d in e.demonyms:
            assert d == d.lower(), (e.key, d)
            owners[fold(d)].add(e.key)
    assert not {d: k for d, k in owners.items() if len(k) > 1}


def test_every_country_has_an_existing_capital():
    countries = [e for e in gazetteer.entries() if e.type == "Country"]
    assert len(countries) >= 197  # UN members + Taiwan, Kosovo, Palestine, Vatican
    for c in countries:
        assert c.capital, c.key
        capital = get(c.capital)
        assert capital is not None, c.key
        if capital.key != c.key:  # city-states are their own capital
            assert capital.type == "Place" and capital.country == c.key, c.key


def test_country_references_exist():
    for e in gazetteer.entries():
        if e.country is not None:
            target = get(e.country)
            assert target is not None and target.type == "Country", e.key


def test_no_bare_common_korean_surnames():
    common = {"kim", "lee", "park", "moon", "choe", "choi", "ri", "pak", "li", "wang", "kang", "cho", "han"}
    for e in gazetteer.entries():
        if e.type == "Person":
            assert not common & {fold(n) for n in e.names}, e.key


def test_json_is_deterministic():
    text = DATA.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 1
    assert [e["key"] for e in data["entries"]] == sorted(e["key"] for e in data["entries"])
    again = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    assert text == again


def test_outlets_are_media_and_leaders_have_a_country():
    for key in ("afp", "reuters", "kcna", "yonhap", "ria_novosti", "tass", "ouest_france"):
        assert gazetteer.get(key).kind == "media", key
    for entry in gazetteer.entries():
        if entry.kind == "leader":
            assert entry.type == "Person" and gazetteer.get(entry.country).type == "Country", entry.key
        if entry.kind == "media":
            assert entry.type == "Organization", entry.key


@pytest.mark.parametrize("name, key", [
    ("chefs d'état-major interarmées de Séoul", "jcs"),
    ("Parti des travailleurs", "wpk"),
    ("Institut mondial d’études sur la Corée du Nord", "world_institute_nk"),
    ("capitale nord-coréenne", "pyongyang"),
])
def test_institution_and_description_names(name, key):
    assert gazetteer.lookup(name).key == key
