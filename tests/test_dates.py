"""Tests for the French date grammar (kg.extract.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import (
    DateMention,
    DateValue,
    find_dates,
    normalize,
    publication_date,
    reference_date,
)

WED = dt.date(2023, 9, 13)  # a Wednesday
FEB = dt.date(2024, 2, 20)  # a Tuesday
JAN = dt.date(2024, 1, 5)  # a Friday


def D(s: str) -> DateValue:
    return DateValue(s, "date")


def YM(s: str) -> DateValue:
    return DateValue(s, "gYearMonth")


def Y(s: str) -> DateValue:
    return DateValue(s, "gYear")


# (phrase, reference, expected value of the first mention in find_dates or None)
PHRASES = [
    # --- absolute dates -----------------------------------------------------
    ("Le sommet s'est tenu le 13 septembre 2023 à Bruxelles.", None, D("2023-09-13")),
    ("Signé le 13/09/2023 à Paris.", None, D("2023-09-13")),
    ("13.9.2023 - 09:27", None, D("2023-09-13")),
    ("Accord conclu le 1er mai 2022.", None, D("2022-05-01")),
    ("Le traité du 1er janvier 1958 reste en vigueur.", None, D("1958-01-01")),
    ("réunion le 3 févr. 2024 au Quai d'Orsay", None, D("2024-02-03")),
    ("LE 14 JUILLET 2023, DÉFILÉ SUR LES CHAMPS", None, D("2023-07-14")),
    ("le 14 aout 2021 (sans accent)", None, D("2021-08-14")),
    ("Mis en ligne 2023-09-13T10:00:00Z", None, D("2023-09-13")),
    ("mercredi 13 septembre 2023", None, D("2023-09-13")),
    ("le 13 sept. 2023", None, D("2023-09-13")),
    ("le 05/03/24 au soir", None, D("2024-03-05")),
    # --- month + year, year ------------------------------------------------
    ("Il avait été élu en septembre 2023.", None, YM("2023-09")),
    ("La visite, prévue mi-septembre 2023, a été annulée.", None, YM("2023-09")),
    ("Les sanctions adoptées fin février 2022 visent la banque centrale.", None, YM("2022-02")),
    ("Le pays est sous embargo depuis 2019.", None, Y("2019")),
    ("Il a quitté ses fonctions en 2019.", None, Y("2019")),
    ("La crise de 2008 a laissé des traces.", None, Y("2008")),
    ("Selon un rapport (2021), la situation empire.", None, Y("2021")),
    ("Le contrat court jusqu'en 2030.", None, Y("2030")),
    ("Des élections sont prévues d'ici fin 2025.", None, Y("2025")),
    ("Rencontre à l'été 2019 à Biarritz.", None, Y("2019")),
    ("Il est en poste dès 2017.", None, Y("2017")),
    ("La croissance au premier semestre 2023 reste faible.", None, Y("2023")),
    # --- weekday-fixed ---------------------------------------------------------
    ("Le président l'a reçu mercredi 13 septembre à l'Élysée.", WED, D("2023-09-13")),
    ("Il l'a reçu mercredi 13 septembre.", dt.date(2024, 1, 10), D("2023-09-13")),
    # weekday contradicts the reference year: 13 Sept is a Friday in 2024.
    ("Réunion vendredi 13 septembre.", dt.date(2024, 1, 10), D("2024-09-13")),
    ("Rendez-vous le samedi 1er juin.", dt.date(2024, 5, 20), D("2024-06-01")),
    # --- day + month without year --------------------------------------------
    ("Le 13 septembre, le ministre s'est rendu à Kiev.", WED, D("2023-09-13")),
    ("Il a été nommé le 2 mars.", WED, D("2023-03-02")),
    ("Une réunion est prévue le 20 décembre.", WED, D("2023-12-20")),
    ("Le 20 décembre, il avait démissionné.", FEB, D("2023-12-20")),
    ("Le 3 septembre dernier, il était à Rome.", dt.date(2023, 9, 2), D("2022-09-03")),
    ("Le 3 septembre prochain, il sera à Rome.", dt.date(2023, 9, 5), D("2024-09-03")),
    ("les 13 et 14 septembre", WED, D("2023-09-13")),
    ("Le 13 septembre, sans référence.", None, None),
    # --- month only ---------------------------------------------------------------
    ("Il s'était rendu à Pékin en juillet dernier.", WED, YM("2023-07")),
    ("Il s'était rendu à Pékin en juillet dernier.", FEB, YM("2023-07")),
    ("Le sommet aura lieu en juillet.", WED, YM("2023-07")),
    ("Le sommet aura lieu en novembre.", WED, YM("2023-11")),
    ("Le sommet se tiendra en juillet prochain.", WED, YM("2024-07")),
    ("Le sommet se tiendra en octobre prochain.", WED, YM("2023-10")),
    ("Les combats ont repris début août.", WED, YM("2023-08")),
    ("Le cessez-le-feu tient depuis novembre.", FEB, YM("2023-11")),
    ("Le mandat est prolongé d'ici juin.", dt.date(2023, 9, 13), YM("2024-06")),
    ("en mai", WED, YM("2023-05")),
    ("Le mois de mai a été chaud.", WED, YM("2023-05")),
    # --- weekdays ----------------------------------------------------------------
    ("Le ministre a déclaré ce mardi que...", WED, D("2023-09-12")),
    ("Il a été reçu mardi à Matignon.", WED, D("2023-09-12")),
    ("Il s'est exprimé mercredi devant la presse.", WED, D("2023-09-13")),
    ("Il a rencontré jeudi son homologue.", WED, D("2023-09-07")),
    ("Le vote a eu lieu mardi dernier.", WED, D("2023-09-12")),
    ("Le vote a eu lieu mercredi dernier.", WED, D("2023-09-06")),
    ("Le vote aura lieu mardi prochain.", WED, D("2023-09-19")),
    ("Le vote aura lieu mercredi prochain.", WED, D("2023-09-20")),
    ("Dimanche soir, les manifestants se sont dispersés.", WED, D("2023-09-10")),
    ("dimanche après-midi, dans le centre", WED, D("2023-09-10")),
    ("Ce mardi matin, le Premier ministre a annoncé", WED, D("2023-09-12")),
    ("Il est arrivé mercredi en début d'après-midi.", WED, D("2023-09-13")),
    ("L'avion a atterri samedi dans la soirée.", WED, D("2023-09-09")),
    ("Il est arrivé lundi 11 au soir.", WED, D("2023-09-11")),
    ("Il vient chaque mardi.", WED, None),
    ("ce mardi", None, None),
    # --- relative days/weeks/years ----------------------------------------------
    ("Le président a déclaré aujourd'hui que", WED, D("2023-09-13")),
    ("Il a été arrêté hier soir.", WED, D("2023-09-12")),
    ("avant-hier, à Kiev", WED, D("2023-09-11")),
    ("Le vote aura lieu demain.", WED, D("2023-09-14")),
    ("Le sommet a eu lieu il y a trois jours.", WED, D("2023-09-10")),
    ("La visite de la semaine dernière", WED, YM("2023-09")),
    # a week straddling two months (28 Aug - 3 Sep): only the year is sure
    ("La visite de la semaine dernière", dt.date(2023, 9, 5), Y("2023")),
    ("La ministre est attendue cette semaine à Rome.", dt.date(2024, 4, 29), Y("2024")),
    ("La ministre est attendue cette semaine à Rome.", dt.date(2024, 4, 22), YM("2024-04")),
    ("Les échanges du mois dernier", JAN, YM("2023-12")),
    ("Comme l'an dernier, le forum", WED, Y("2022")),
    ("Comme l'année dernière, le forum", WED, Y("2022")),
    ("Cette année, le forum", WED, Y("2023")),
    ("Il avait été élu il y a deux ans.", WED, Y("2021")),
    ("hier", None, None),
    # --- must not match ------------------------------------------------------------
    ("La sonde s'est posée sur la planète Mars.", WED, None),
    ("Je pense que sa mer est ma mer.", WED, None),
    ("Il a déployé 2 000 soldats.", WED, None),
    ("Un tunnel de 2019 km", WED, None),
    ("Une force de 2000 soldats", WED, None),
    ("Plus de 2000 personnes ont manifesté.", WED, None),
    ("Les gens mai pas", WED, None),
    ("Le budget atteint 1.5.2 milliards", WED, None),
]


@pytest.mark.parametrize("phrase,ref,expected", PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_phrase_table(phrase, ref, expected):
    found = find_dates(phrase, ref)
    got = found[0].value if found else None
    assert got == expected


def test_table_is_large_enough():
    assert len(PHRASES) >= 50


NORMALIZE = [
    ("13 septembre 2023", WED, D("2023-09-13")),
    ("le 13/09/2023", None, D("2023-09-13")),
    ("2019", None, Y("2019")),
    ("en 2019", None, Y("2019")),
    ("juillet", WED, YM("2023-07")),
    ("juillet", None, None),
    ("en juillet dernier", FEB, YM("2023-07")),
    ("juillet prochain", FEB, YM("2024-07")),
    ("mi-septembre 2023", None, YM("2023-09")),
    ("Mars", WED, YM("2023-03")),
    ("la planète Mars", WED, None),
    ("2019 km", WED, None),
    ("mardi", FEB, D("2024-02-20")),
    ("mardi dernier", FEB, D("2024-02-13")),
    ("mardi prochain", FEB, D("2024-02-27")),
    ("la semaine dernière", FEB, YM("2024-02")),
    ("l'an dernier", JAN, Y("2023")),
    ("", WED, None),
]


@pytest.mark.parametrize("expr,ref,expected", NORMALIZE)
def test_normalize(expr, ref, expected):
    assert normalize(expr, ref) == expected


# --- offsets, ordering, non-overlap -------------------------------------------


def test_offsets_are_exact_and_non_overlapping():
    text = ("Le président a reçu mercredi 13 septembre son homologue, qu'il avait vu en juillet dernier "
            "et le 2 mars. Depuis 2019, les échanges sont réguliers ; hier soir, nouvel appel.")
    found = find_dates(text, WED)
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.text for m in found] == [
        "mercredi 13 septembre", "juillet dernier", "2 mars", "2019", "hier soir",
    ]
    assert [m.value for m in found] == [
        D("2023-09-13"), YM("2023-07"), D("2023-03-02"), Y("2019"), D("2023-09-12"),
    ]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_longest_match_wins():
    found = find_dates("Publié le mercredi 13 septembre 2023 à 18h50", None)
    assert len(found) == 1
    assert found[0].text == "mercredi 13 septembre 2023"
    assert isinstance(found[0], DateMention)


def test_offsets_with_typographic_characters():
    text = "Arrivé le 1ᵉʳ\u00a0août 2023 ; reparti aujourd’hui."
    found = find_dates(text, dt.date(2023, 8, 3))
    assert [(m.text, m.value) for m in found] == [
        ("1ᵉʳ\u00a0août 2023", D("2023-08-01")),
        ("aujourd’hui", D("2023-08-03")),
    ]


def test_decomposed_accents():
    text = "le 3 fe\u0301vrier 2022"
    (m,) = find_dates(text, None)
    assert m.value == D("2022-02-03")
    assert m.text == "3 fe\u0301vrier 2022"


def test_day_ranges():
    found = find_dates("du 28 décembre au 3 janvier 2024", None)
    assert [m.value for m in found] == [D("2023-12-28"), D("2024-01-03")]
    found = find_dates("du 13 au 15 septembre 2023", None)
    assert [m.value for m in found] == [D("2023-09-13"), D("2023-09-15")]
    found = find_dates("de 2019 à 2021", None)
    assert [m.value for m in found] == [Y("2019"), Y("2021")]


def test_relative_expressions_need_reference():
    text = "Hier soir, mardi, la semaine dernière, l'an dernier, en juillet, le 13 septembre."
    assert find_dates(text, None) == []


def test_invalid_dates_are_dropped():
    # An impossible day falls back to the month, which is still right.
    assert [m.value for m in find_dates("le 31 septembre 2023", None)] == [YM("2023-09")]
    assert find_dates("le 30/02/2023", None) == []
    assert normalize("29 février 2024", None) == D("2024-02-29")


# --- weekday inference without a reference ---------------------------------


def test_weekday_without_reference_uses_explicit_year():
    text = "Le président a reçu mercredi 13 septembre son homologue. Le pays préside l'UE en 2023."
    (m, _) = find_dates(text, None)
    assert m.value == D("2023-09-13")


def test_weekday_without_reference_or_year_stays_unknown():
    # 13 September is a Wednesday in 2017, 2023, 2028...: with no year in the text, no guess
    assert find_dates("mercredi 13 septembre", None) == []
    assert reference_date("Reçu mercredi 13 septembre, il a parlé.") is None


def test_weekday_far_from_the_years_named_stays_unknown():
    # 19 June is a Wednesday in 2013, 2019, 2024: "en 2005" says nothing of which
    assert reference_date("Reçu mercredi 19 juin, il a rappelé sa visite de 2005.") is None


# --- publication_date --------------------------------------------------------------

PUBLICATION = [
    ("Guerre en Ukraine\n13.9.2023 - 09:27\nLe président a rencontré mercredi son homologue.",
     dt.date(2023, 9, 13)),
    ("Publié le 13 septembre 2023 à 18h50, mis à jour le 14 septembre 2023 à 08h12\nTexte.",
     dt.date(2023, 9, 13)),
    ("Mis à jour le 14/09/2023\nLe texte du mardi 12 septembre.", dt.date(2023, 9, 14)),
    ("RFI\nPublié le : 13/09/2023 - 18:50\nModifié le : 14/09/2023 - 10:00\nTexte.",
     dt.date(2023, 9, 13)),
    ("Titre\npublié le 14 septembre à 18h50\nLe sommet s'est ouvert mercredi 13 septembre à Paris, "
     "un an après celui de 2022 et avant celui de 2024.", dt.date(2023, 9, 14)),
    ("mercredi 13 septembre 2023\nLe ministre a parlé.", dt.date(2023, 9, 13)),
    ("2023-09-13\nTexte.", dt.date(2023, 9, 13)),
    ("13/09/2023\nTexte.", dt.date(2023, 9, 13)),
    ("PARIS, 13 sept 2023 (AFP) - Le président Emmanuel Macron a reçu mardi le dirigeant.",
     dt.date(2023, 9, 13)),
    ("Par Jean Dupont, le 13 septembre 2023 à 18h50\nTexte.", dt.date(2023, 9, 13)),
    ("Texte de l'article.\n\nPublié le 13 septembre 2023 à 18h50", dt.date(2023, 9, 13)),
    # a full date on a short line of the page header, among other furniture
    ("Portail\n\nTitre de l'article\n\nAFP\ndim. 30 juillet 2023 à 20:41 UTC+2 · 2 min de lecture\n\nTexte.",
     dt.date(2023, 7, 30)),
    ("Agence.com | 2024-09-05 21:38:16\n\nTitre\n\nPÉKIN, 5 septembre (Agence) -- Texte.", dt.date(2024, 9, 5)),
    ("MSN | Le Quotidien · 8 juil. 2024 · 2 min de lecture\n\nTitre\n\nTexte.", dt.date(2024, 7, 8)),
    ("Portail | Le Journal\nHistoire du Journal avec AFP • 28/03/2024 à 18h02\nTexte.", dt.date(2024, 3, 28)),
    ("Titre\n\n" + "Un chapeau de l'article qui est assez long pour être le début du texte courant, " * 3
     + "\n\nPar Marie DUPONT-MARTIN, le 11 mars 2023 à 00h00\n\nTexte.", dt.date(2023, 3, 11)),
    # a two-digit year with dashes, on a "Publié le" line (alone, "09-07-24" may be a code)
    ("Titre\n\nPublié le 09-07-24 à 18h42 - Mis à jour le 09-07-24 à 19h15\n\nTexte.", dt.date(2024, 7, 9)),
    ("Titre\n\nRéf. 09-07-24\n\nTexte.", None),
    # a dateline's day without a year, on a page that gives its month ("date 2024-09"); not another month's
    ("date 2024-09\n\nTitre\n\nPÉKIN, 5 septembre (Agence) -- Le président a parlé jeudi.", dt.date(2024, 9, 5)),
    ("date 2024-09\n\nTitre\n\nPÉKIN, 5 août (Agence) -- Le président a parlé jeudi.", None),
    ("Le 13 septembre 2023, il est mort à Paris.\nSuite.", None),
    ("Titre\nPublié à 5 h 00 | Mis à jour à 7 h 45\nTexte.", None),
    ("publié le 14 septembre à 18h50\nRien d'autre.", None),
    ("Aucune date ici.", None),
    ("", None),
]


@pytest.mark.parametrize("text,expected", PUBLICATION)
def test_publication_date(text, expected):
    assert publication_date(text) == expected


# --- reference_date ---------------------------------------------------------------


def test_reference_date_prefers_publication_date():
    text = "Publié le 14 septembre 2023\nLe président a reçu mercredi 13 septembre son homologue."
    assert reference_date(text) == dt.date(2023, 9, 14)


def test_reference_date_from_weekday():
    text = "Le président a reçu mercredi 13 septembre son homologue, après sa visite de 2023 à Rome."
    assert reference_date(text) == dt.date(2023, 9, 13)


def test_reference_date_latest_weekday_anchor():
    text = ("Arrivé lundi 11 septembre, il a rencontré le Premier ministre mercredi 13 septembre. "
            "Depuis 2023, les deux pays...")
    assert reference_date(text) == dt.date(2023, 9, 13)


def test_reference_date_weekday_picks_first_year_from_latest_past_year():
    # 13 Sept was a Wednesday in 2017 and 2023: a text recalling 2019 is written after it.
    text = "Il a été reçu mercredi 13 septembre. En 2019, déjà, il était venu."
    assert reference_date(text) == dt.date(2023, 9, 13)


@pytest.mark.parametrize("text,expected", [
    ("Sommet mercredi 13 septembre, le premier depuis 2019.", dt.date(2023, 9, 13)),
    ("Réunis mercredi 13 septembre, quatre ans après leur rencontre de 2019.", dt.date(2023, 9, 13)),
    # years ahead of the article do not move it
    ("Reçu mercredi 13 septembre, il promet la paix d'ici 2030. En 2019, déjà...", dt.date(2023, 9, 13)),
    ("Vendredi 8 mars, elle a annoncé un plan prévu pour 2030 ; la loi de 2022 l'exigeait.",
     dt.date(2024, 3, 8)),
    ("Lundi 3 juin, le ministre a rappelé les accords de 2012 et de 2018.", dt.date(2019, 6, 3)),
])
def test_weekday_year_after_past_years(text, expected):
    assert reference_date(text) == expected


def test_reference_date_from_a_header_month():
    text = "Le Journal | Séoul\n\ndate 2024-05\n\nTitre\n\nLe président a reçu mardi son homologue."
    ref = reference_date(text)
    assert (ref.year, ref.month) == (2024, 5) and publication_date(text) is None
    # what needs the day resolves to the month; what does not keeps its precision
    assert [m.value for m in find_dates("hier ; le 13 mai ; en avril dernier", ref)] == [
        YM("2024-05"), D("2024-05-13"), YM("2024-04")]


@pytest.mark.parametrize("caption, weekdays, expected", [
    # a photo of Friday the 10th: "vendredi" is that day, "jeudi" the day before
    ("Kim Jong Un watches a parade in Pyongyang, October 10, 2025. KCNA via REUTERS", "vendredi ; jeudi",
     [D("2025-10-10"), D("2025-10-09")]),
    # a photo of Wednesday the 19th: "jeudi" is the day after, not the week before
    ("Vladimir Putin and Kim Jong Un in Pyongyang, June 19, 2024. Sputnik/Pool", "mercredi ; jeudi",
     [D("2024-06-19"), D("2024-06-20")]),
    # a caption of another month (an archive photo) says nothing of the page's day
    ("Kim Jong Un in Vladivostok, April 25, 2019. REUTERS/File Photo", "jeudi", [YM("2025-10")]),
])
def test_a_header_month_takes_its_day_from_an_english_photo_caption(caption, weekdays, expected):
    month = "2024-06" if "2024" in caption else "2025-10"
    text = f"Le Journal\ndate {month}\n\nTitre\n\nLe dirigeant a reçu jeudi son homologue.\n\n{caption}\n"
    ref = reference_date(text)
    assert publication_date(text) is None
    assert [m.value for m in find_dates(weekdays, ref)] == expected


def test_a_header_month_takes_its_day_from_a_weekday_date_of_that_month():
    # "Mercredi 28 mai" under "date 2025-05": the story stands at the 28th; "dimanche" is the 25th,
    # "jeudi" the 29th; a weekday date of another month says nothing of the page's day
    text = ("Le Journal\ndate 2025-05\n\nTitre\n\nIl est arrivé dimanche soir à Hanoï. Mercredi 28 mai, "
            "il a été reçu à Jakarta. Il est reparti jeudi.")
    ref = reference_date(text)
    assert publication_date(text) is None
    assert [m.value for m in find_dates("dimanche ; jeudi", ref)] == [D("2025-05-25"), D("2025-05-29")]
    other = text.replace("Mercredi 28 mai", "Mercredi 2 avril")
    assert [m.value for m in find_dates("dimanche", reference_date(other))] == [YM("2025-05")]


def test_a_live_page_s_weekday_after_publication_is_the_day_it_was_updated_on():
    # published on Tuesday the 18th, updated on Wednesday the 19th: "mercredi" is the 19th, not the 12th
    text = ("Publié le 18/06/2024 à 19h31 · Mis à jour le 19/06/2024 à 15h02\n\nMercredi, les deux dirigeants "
            "ont mené des pourparlers. Mardi, il était arrivé. Hier, il avait parlé.")
    ref = reference_date(text)
    assert ref == dt.date(2024, 6, 18)
    assert [m.value for m in find_dates("Mercredi ; mardi ; hier ; lundi", ref)] == [
        D("2024-06-19"), D("2024-06-18"), D("2024-06-17"), D("2024-06-17")]
    # a page updated weeks later is not a live page: its weekdays count from publication
    late = text.replace("19/06/2024", "19/07/2024")
    assert [m.value for m in find_dates("Mercredi", reference_date(late))] == [D("2024-06-12")]


def test_reference_date_none():
    assert reference_date("Le président a parlé mardi.") is None
    assert reference_date("") is None


# --- determinism -----------------------------------------------------------------


def test_determinism():
    text = ("Publié le 14 septembre à 18h50\nLe sommet s'est ouvert mercredi 13 septembre, un an après "
            "celui de 2022. Hier, en juillet dernier, l'an dernier, mardi prochain.")
    runs = [(publication_date(text), reference_date(text), find_dates(text, reference_date(text)))
            for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    ref = runs[0][1]
    assert ref is not None
    assert all(m.value is not None for m in runs[0][2])


def test_no_dependency_on_today(monkeypatch):
    class FakeDate(dt.date):
        @classmethod
        def today(cls):  # pragma: no cover - must never be called
            raise AssertionError("today() used")

    import kg.extract.dates as mod

    monkeypatch.setattr(mod._dt, "date", FakeDate)
    try:
        assert reference_date("mercredi 13 septembre, un an après 2022") == dt.date(2023, 9, 13)
        assert find_dates("hier", None) == []
    finally:
        monkeypatch.undo()


def test_the_eve_and_the_morrow_count_from_the_story_day():
    story = dt.date(2025, 8, 31)
    # "la veille" of the story's day when the text before gave one, else of the reference
    assert [m.value for m in find_dates("La veille au soir, ils ont dîné.", WED, story)] == [D("2025-08-30")]
    assert [m.value for m in find_dates("La veille au soir, ils ont dîné.", WED)] == [D("2023-09-12")]
    assert [m.value for m in find_dates("L'avant-veille, il est arrivé.", WED)] == [D("2023-09-11")]
    # "le lendemain" needs the story's day; "la veille du sommet" is another event's eve
    assert find_dates("Le lendemain, ils se sont revus.", WED) == []
    assert [m.value for m in find_dates("Le lendemain, ils se sont revus.", WED, story)] == [D("2025-09-01")]
    assert find_dates("La veille du sommet, il a vu X.", WED, story) == []


@pytest.mark.parametrize("text, expected", [
    # that weekday after (before) the day the story stands at, not the last one before publication
    ("Le lundi suivant, il a été reçu au Kremlin.", [D("2024-11-04")]),
    ("le jeudi d'après", [D("2024-11-07")]),
    ("Le jeudi précédent, il était arrivé.", [D("2024-10-31")]),
    ("le vendredi suivant", [D("2024-11-08")]),  # a week on, not the story's own day
    ("le vendredi précédent", [D("2024-10-25")]),  # a week back
])
def test_le_lundi_suivant_counts_from_the_story_s_day(text, expected):
    story_day = dt.date(2024, 11, 1)  # a Friday
    assert [m.value for m in find_dates(text, dt.date(2024, 12, 5), narrative=story_day)] == expected
    assert [m.value for m in find_dates(text, dt.date(2024, 12, 5))] == []  # no story day: unknown


@pytest.mark.parametrize("text, expected", [
    ("En janvier, la ministre a été reçue au Kremlin par le président le 16, le jour même.", ["2024-01", "2024-01-16"]),
    ("Reçu le 4 juin par Kim, il est revenu le 17 pour annoncer l'envoi de soldats.", ["2024-06-04", "2024-06-17"]),
    ("Deux visites en juin : le 4, puis le 17.", ["2024-06", "2024-06-04", "2024-06-17"]),
    ("Le 1er mars 2023, il signe ; le 9, il repart.", ["2023-03-01", "2023-03-09"]),
    ("En mars 2023, il visite le 10 Downing Street.", ["2023-03"]),  # an address
    ("En mai, le 16e congrès s'ouvre ; le 5 % restant.", ["2024-05"]),  # a rank, a share
    ("Le 4, il est parti.", []),  # no month named before it
    ("En 2019, le 12, il est parti.", ["2019"]),  # a year is no month
    ("Le 30 janvier, il arrive ; le 31, il repart ; le 30, non.", ["2024-01-30", "2024-01-31", "2024-01-30"]),
    ("En février, il arrive le 30.", ["2024-02"]),  # no such day
])
def test_a_bare_day_is_a_day_of_the_month_named_before_it(text, expected):
    assert [m.value.value for m in find_dates(text, FEB)] == expected
