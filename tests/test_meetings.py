"""Meetings from short French sentences (not the seeds' wording)."""
from __future__ import annotations

import pytest

from kg.extract import meetings
from tests.extraction import names, run

# text, expected participants (None: no meeting), place, year, status
TABLE = [
    ("Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mars 2022.",
     {"Emmanuel Macron", "Olaf Scholz"}, "Berlin", "2022", "occurred"),
    ("Joe Biden et Xi Jinping se sont retrouvés à Bali en 2022.",
     {"Joe Biden", "Xi Jinping"}, "Bali", "2022", "occurred"),
    ("Angela Merkel s'est entretenue avec Vladimir Poutine à Moscou en 2019.",
     {"Angela Merkel", "Vladimir Poutine"}, None, "2019", "occurred"),
    ("Joe Biden doit rencontrer Xi Jinping en novembre.",
     {"Joe Biden", "Xi Jinping"}, None, None, "planned"),
    # (the parser hangs "à Paris" on the object's name here: the place is not read yet)
    ("Le chancelier Olaf Scholz rencontrera le président Emmanuel Macron à Paris.",
     {"Olaf Scholz", "Emmanuel Macron"}, None, None, "planned"),
    # co-occurrence is not a meeting
    ("Dmitri Peskov a indiqué que Vladimir Poutine ne ferait aucune rencontre cette semaine.", None, None, None, None),
    ("Les ministres Annalena Baerbock et Antony Blinken ont pris part aux discussions.", None, None, None, None),
    # passive "reçu(e) par": the guest and the host
    ("Priya Sharma est arrivée à Paris. En mars, elle avait été reçue à l'Élysée par Emmanuel Macron en personne.",
     {"Priya Sharma", "Emmanuel Macron"}, None, "2023", "occurred"),
    # a clitic object after a fronted time word: the person named before
    ("Arrivé mardi à Pékin, Emmanuel Macron a visité la Cité interdite. Mercredi, Xi Jinping l'a reçu longuement.",
     {"Emmanuel Macron", "Xi Jinping"}, None, "2023", "occurred"),
    # taking part in talks "avec" named people: all of them meet
    ("Le ministre japonais Taro Kono et le ministre Ken Saito ont participé jeudi à ces consultations dites "
     "« 2 + 2 » avec Mike Pompeo et Mark Esper.",
     {"Taro Kono", "Ken Saito", "Mike Pompeo", "Mark Esper"}, None, None, "occurred"),
    # "elle" is the subject named last, not an earlier speaker
    ("Antony Blinken s'est dit satisfait. Kang Mi-ran n'en est pas à son premier séjour en Chine : en mai, "
     "elle avait été reçue à Pékin par Xi Jinping en personne.", {"Kang Mi-ran", "Xi Jinping"}, "Pékin", "2023",
     "occurred"),
    # two subjects in apposition-laden coordination ("X, et Y, ont participé ... avec Z")
    ("Le chef de la diplomatie japonaise, Taro Kono, et le ministre de la Défense, Ken Saito, ont participé "
     "jeudi à ces consultations dites « 2 + 2 » avec Mike Pompeo et Mark Esper.",
     {"Taro Kono", "Ken Saito", "Mike Pompeo", "Mark Esper"}, None, None, "occurred"),
    # a reception whose guest the parse misreads ("Narendra" as a verb): the guest, the host, the seat
    ("Le Premier ministre indien Narendra Modi a été reçu au Kremlin par Vladimir Poutine mardi.",
     {"Narendra Modi", "Vladimir Poutine"}, "Kremlin", None, "occurred"),
    # a relative clause: "qui" is its antecedent; the place the parse hung on the object's name
    ("Recep Tayyip Erdogan, qui a rencontré Vladimir Poutine à Sotchi, a salué l'accord.",
     {"Recep Tayyip Erdogan", "Vladimir Poutine"}, "Sotchi", None, "occurred"),
    # a palace of a city: the city is where they met
    ("Le président Emmanuel Macron a rencontré le roi Mohammed VI au palais royal de Rabat.",
     {"Emmanuel Macron", "Mohammed VI"}, "Rabat", None, "occurred"),
    # a gift received is no meeting
    ("Angela Merkel a reçu en cadeau un vase de la part de Xi Jinping.", None, None, None, None),
]


@pytest.mark.parametrize("text,people,place,year,status", TABLE)
def test_meetings(text, people, place, year, status):
    found = run(meetings, text)
    if people is None:
        assert not found
        return
    assert found, text
    m = found[0]
    assert names(m.participants) == people
    assert m.status == status
    if place:
        assert m.place is not None and m.place.name == place
    if year:
        assert m.date is not None and m.date.value.startswith(year)
