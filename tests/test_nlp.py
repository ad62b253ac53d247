"""The spaCy pipeline's news fixes: names kept whole, line breaks end sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as kg_nlp
    return kg_nlp.load()


@pytest.mark.parametrize("text, token", [
    ("Kim Jong-un est arrivé.", "Jong-un"),
    ("An Chan-il a déclaré que la guerre durerait.", "Chan-il"),
    ("Selon Cheong Seong-chang, rien ne change.", "Seong-chang"),
    ("Le fondateur Kim Jong-il est mort en 2011.", "Jong-il"),
    ("Pour Yang Moo-jin, la visite était attendue.", "Moo-jin"),
    ("Hossein Amir-Abdollahian est arrivé.", "Amir-Abdollahian"),
    ("Le président Abdel Fattah al-Sissi a parlé.", "al-Sissi"),
    ("La société Al-Junaid est visée.", "Al-Junaid"),
])
def test_hyphenated_name_parts_are_one_token(nlp, text, token):
    assert token in [t.text for t in nlp(text)]


@pytest.mark.parametrize("text, absent", [
    ("Que va-t-il se passer ?", "va-t-il"),
    ("Selon Moscou, Kim Viendra-t-il ?", "Viendra-t-il"),
    ("A-t-on vu Kim ?", "A-t-on"),
    # two known names joined by a hyphen stay two
    ("Le sommet Russie-Afrique et la relation France-Algérie.", "France-Algérie"),
    ("Le sommet Poutine-Kim a eu lieu.", "Poutine-Kim"),
])
def test_pronoun_tails_stay_apart(nlp, text, absent):
    assert absent not in [t.text for t in nlp(text)]


def test_line_break_ends_a_sentence(nlp):
    doc = nlp("Corée du Nord\nKim Jong-un est arrivé mardi en Russie.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Kim" in starts


def test_an_initial_ends_a_sentence_before_its_opener(nlp):
    doc = nlp("Washington a visé les cargos Angara et Lady R. L'Union européenne a inscrit le général. "
              "George W. Bush est venu.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "L'" in starts and "Bush" not in starts


def test_capitalised_run_is_not_cut(nlp):
    doc = nlp("Le dirigeant nord-coréen Kim Jong Un a rencontré Vladimir Poutine.")
    assert not any(t.is_sent_start for t in doc if t.text in ("Jong", "Un", "Poutine"))


@pytest.mark.parametrize("text, joined", [
    # a paragraph wrapped at a fixed width: one sentence, whatever the next line starts with
    ("ALGER - Le président de la République a reçu dimanche au siège de\nla présidence le ministre "
     "de l'Europe et des Affaires étrangères de la\nRépublique française, M. Jean Dupont.", 2),
    # a name cut by the wrap: a given name ends the line, or the two words make a known name
    ("Le traité a été présenté par le ministre des Affaires étrangères, Sergueï\nLavrov, qui était arrivé la veille au soir "
     "dimanche à Kuala\nLumpur pour la réunion.", 2),
    # (a Korean given name closes a name: the next line is a heading)
    ("Le texte évoque le rôle du corps expéditionnaire envoyé par Kim Jong-un\nLire aussi | Koursk", 0),
    # in a wrapped paragraph (most breaks go on), a long unfinished line goes on before a capital
    ("Mark Carney, flanqué du ministre responsable du Commerce\nCanada-États-Unis, Dominic LeBlanc, et de la "
     "ministre de\nl'Industrie, Mélanie Joly, a répondu sans se départir de son flegme d'ancien banquier\n"
     "central qu'il voulait le meilleur accord possible.", 3),
    # ... whatever the time stamp, the heading and the finished sentences around it
    ("17h32\nLe 13e paquet européen est adopté\nC'est officiel : le Conseil de l'UE a formellement adopté le\n"
     "treizième train de mesures. Des sociétés établies en Chine sont ajoutées à la\nliste.\n"
     "Bruxelles a également inscrit sur sa liste le ministre nord-coréen de la Défense, Kang Sun\n"
     "Nam, pour son rôle dans les livraisons de missiles.", 3),
    # a preposition ending a line: whatever the next line starts with ("contre\nKimsuky")
    ("Le Japon et l'Australie se sont joints au mouvement en annonçant des sanctions contre\n"
     "Kimsuky, que Séoul avait déjà placé sur sa liste.\nUn autre collectif, Lazarus, est sous sanctions.", 1),
    # a colon ending a line, then the list it opens in lower case
    ("Le Trésor et le département d'Etat ciblent plus de 500 entités. Parmi elles :\n"
     "l'opérateur du système de paiement Mir.", 1),
    # ... but a list of headlines keeps its breaks
    ("Lire aussi\nLe président chinois Xi Jinping a reçu le président russe à Pékin\n"
     "Corée du Nord : le train blindé de Kim a franchi la frontière russe\n"
     "Pétrole : le Brent recule en Asie après les annonces de Riyad", 0),
    # headers, furniture, finished sentences and paragraph breaks keep their breaks
    ("Le Quotidien\nMonde > Asie\n\nUn titre assez long pour ressembler à une vraie manchette du jour\n"
     "Publié le 13/09/2023\n\nLe ministre a parlé longuement devant les députés réunis hier soir.\n"
     "Il a ensuite quitté la salle.\n- Lire aussi : un autre article qui parle de la même chose en détail", 0),
])
def test_unwrap_joins_hard_line_breaks_only(text, joined):
    from kg.nlp import unwrap

    out = unwrap(text)
    assert len(out) == len(text)
    assert text.count("\n") - out.count("\n") == joined


@pytest.mark.parametrize("text, expected", [
    ("Le président Vladimir POUTINE a reçu Bassirou Diomaye FAYE.",
     "Le président Vladimir Poutine a reçu Bassirou Diomaye Faye."),
    ("Le président russe s'est ensuite entretenu avec PHAM MINH CHINH, puis avec le dirigeant KIM JONG-UN.",
     "Le président russe s'est ensuite entretenu avec Pham Minh Chinh, puis avec le dirigeant Kim Jong-un."),
    # acronyms, mastheads and credits stay
    ("L'ONU, l'AFP, la CEDEAO et Arctic LNG 2.", "L'ONU, l'AFP, la CEDEAO et Arctic LNG 2."),
    ("LE COURRIER DU VIETNAM\nPhoto : LUDOVIC MARIN / AFP", "LE COURRIER DU VIETNAM\nPhoto : LUDOVIC MARIN / AFP"),
])
def test_all_caps_names_are_written_in_title_case(text, expected):
    from kg.nlp import titlecase_names

    assert titlecase_names(text) == expected


def _seed_texts() -> list[str]:
    from pathlib import Path
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]


def test_parse_on_threads_gives_the_same_documents():
    from kg import nlp as kg_nlp
    texts = _seed_texts() * 5  # several batches of 16
    alone = [doc.to_bytes(exclude=["user_data"]) for doc in kg_nlp.parse(texts, batch_size=4)]
    threaded = [doc.to_bytes(exclude=["user_data"]) for doc in kg_nlp.parse(texts, batch_size=4, threads=True)]
    assert threaded == alone


def test_parse_on_threads_raises_its_error_here():
    from kg import nlp as kg_nlp

    def texts():
        yield "Vladimir Poutine a reçu Kim Jong-un."
        raise ValueError("the articles could not be read")

    with pytest.raises(ValueError, match="could not be read"):
        list(kg_nlp.parse(texts(), threads=True))


def test_parse_on_threads_stops_when_its_reader_does():
    import threading
    import time

    from kg import nlp as kg_nlp
    docs = kg_nlp.parse(_seed_texts() * 20, batch_size=2, threads=True)
    next(docs)
    docs.close()
    deadline = time.monotonic() + 30
    while any(t.name == "kg-parse" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "kg-parse" for t in threading.enumerate())
