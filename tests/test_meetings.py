"""Meetings from short French sentences (not the seeds' wording)."""
from __future__ import annotations

import datetime

import pytest

from kg.extract import meetings, visits
from tests.extraction import context, names, run

# text, expected participants (None: no meeting), place, year, status
TABLE = [
    ("Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mars 2022.",
     {"Emmanuel Macron", "Olaf Scholz"}, "Berlin", "2022", "occurred"),
    ("Joe Biden et Xi Jinping se sont retrouvés à Bali en 2022.",
     {"Joe Biden", "Xi Jinping"}, "Bali", "2022", "occurred"),
    ("Angela Merkel s'est entretenue avec Vladimir Poutine à Moscou en 2019.",
     {"Angela Merkel", "Vladimir Poutine"}, None, "2019", "occurred"),
    # the co-chairs of a session met at it
    ("Le ministre russe Alexandre Kozlov a coprésidé à Pyongyang en novembre 2023, avec le ministre "
     "nord-coréen Yun Jong-ho, la dixième session de la commission intergouvernementale.",
     {"Alexandre Kozlov", "Yun Jong-ho"}, "Pyongyang", "2023", "occurred"),
    ("Joe Biden doit rencontrer Xi Jinping en novembre.",
     {"Joe Biden", "Xi Jinping"}, None, None, "planned"),
    # (the parser hangs "à Paris" on the object's name here: the place is not read yet)
    ("Le chancelier Olaf Scholz rencontrera le président Emmanuel Macron à Paris.",
     {"Olaf Scholz", "Emmanuel Macron"}, None, None, "planned"),
    # "trois jours après son sommet avec Y": Y met the host at that other event, not at this one
    ("Donald Trump a reçu lundi Volodymyr Zelensky dans le Bureau ovale, trois jours après son sommet avec "
     "Vladimir Poutine en Alaska.", {"Donald Trump", "Volodymyr Zelensky"}, "Bureau ovale", None, "occurred"),
    # a guest the parse hangs elsewhere after a date: the first person named after "reçu"
    ("Le froid persiste. Lula, qui avait reçu en mars 2024 Emmanuel Macron en Amazonie, a salué l'accord.",
     {"Luiz Inácio Lula da Silva", "Emmanuel Macron"}, "Amazonie", "2024", "occurred"),
    # a verbless photo caption showing two people somewhere: they met there; not three on a tribune
    ("Titre.\n\n[Photo] Volodymyr Zelensky et Donald Trump dans le Bureau ovale, le 18 août 2025. [Keystone]",
     {"Volodymyr Zelensky", "Donald Trump"}, "Bureau ovale", "2025", "occurred"),
    ("Titre.\n\nLégende : Xi Jinping, Vladimir Poutine et Kim Jong-un à la tribune de la porte Tiananmen, le 3 "
     "septembre 2025. Crédit : Pool", None, None, None, None),
    ("Kim Jong Un a reçu mardi Sergueï Choïgou. Il s'agit de la deuxième visite de M. Choïgou en moins de deux "
     "semaines. Le 4 juin, il avait déjà été reçu par Kim Jong Un, sur instruction du président Poutine.",
     {"Kim Jong-un", "Sergueï Choïgou"}, None, None, "occurred"),
    # two of one side: a delegation, or home affairs, not a meeting between sides
    ("Vladimir Poutine s'est entretenu avec Sergueï Lavrov à Moscou.", None, None, None, None),
    ("Le dirigeant nord-coréen Kim Jong-un a reçu lundi à Pyongyang son homologue chinois Xi Jinping.",
     {"Kim Jong-un", "Xi Jinping"}, "Pyongyang", None, "occurred"),
    # co-occurrence is not a meeting
    ("Dmitri Peskov a indiqué que Vladimir Poutine ne ferait aucune rencontre cette semaine.", None, None, None, None),
    ("Les ministres Annalena Baerbock et Antony Blinken ont pris part aux discussions.", None, None, None, None),
    # passive "reçu(e) par": the guest and the host
    ("Priya Sharma est arrivée à Paris. En mars, elle avait été reçue à l'Élysée par Emmanuel Macron en personne.",
     {"Priya Sharma", "Emmanuel Macron"}, None, "2023", "occurred"),
    # a clitic object after a fronted time word: the person named before
    ("Arrivé mardi à Pékin, Emmanuel Macron a visité la Cité interdite. Mercredi, Xi Jinping l'a reçu longuement.",
     {"Emmanuel Macron", "Xi Jinping"}, None, "2023", "occurred"),
    # ... and before an inverted subject ("où l'a reçu X")
    ("Olaf Scholz s'est d'abord rendu au palais de l'Élysée, où l'a reçu le président Emmanuel Macron.",
     {"Olaf Scholz", "Emmanuel Macron"}, None, None, "occurred"),
    # taking part in talks "avec" named people: all of them meet
    ("Le ministre japonais Taro Kono et le ministre Ken Saito ont participé jeudi à ces consultations dites "
     "« 2 + 2 » avec Mike Pompeo et Mark Esper.",
     {"Taro Kono", "Ken Saito", "Mike Pompeo", "Mark Esper"}, None, None, "occurred"),
    # a coordinated subject whose first name the tagger reads as a verb ("Narendra")
    ("Narendra Modi et Xi Jinping se sont entretenus mercredi à Pékin.",
     {"Narendra Modi", "Xi Jinping"}, "Pékin", "2023", "occurred"),
    # by telephone or video is not in person
    ("À l'issue du sommet, les trois dirigeants se sont entretenus au téléphone avec Donald Trump.",
     None, None, None, None),
    ("Emmanuel Macron et Abdelmadjid Tebboune ont eu un entretien téléphonique le 31 mars.", None, None, None, None),
    ("Emmanuel Macron s'est entretenu mardi avec Xi Jinping par visioconférence.", None, None, None, None),
    # a video of the meeting is no video call
    ("Kim Jong-un a serré la main de Vladimir Poutine, selon une vidéo publiée par le Kremlin.",
     {"Kim Jong-un", "Vladimir Poutine"}, None, None, "occurred"),
    # signing together is meeting in person; signing alone is not
    ("Mercredi, Nicolas Maduro a signé avec Vladimir Poutine un traité de partenariat stratégique.",
     {"Nicolás Maduro", "Vladimir Poutine"}, None, "2023", "occurred"),
    ("Vladimir Poutine et Kim Jong-un ont signé mercredi à Pyongyang un traité de partenariat.",
     {"Vladimir Poutine", "Kim Jong-un"}, "Pyongyang", "2023", "occurred"),
    ("Emmanuel Macron a signé un décret. Joe Biden a signé la loi.", None, None, None, None),
    # the year of what the accord provides for is not the signing's
    ("Mercredi, au terme de longues heures de négociations, Vladimir Poutine a signé avec Kim Jong-un un traité "
     "prévoyant des manœuvres en 2026.",
     {"Vladimir Poutine", "Kim Jong-un"}, None, "2023", "occurred"),
    # the guest named after the place of the reception
    ("Le président Yoon Suk Yeol a reçu dimanche au bureau présidentiel de Yongsan le Premier ministre "
     "chinois Li Qiang.", {"Yoon Suk-yeol", "Li Qiang"}, "Yongsan", None, "occurred"),
    # talks "après" the reception are another meeting, not more guests of this one
    ("Vladimir Poutine a reçu Choe Son Hui au Kremlin, trois jours après ses entretiens avec Sergueï Lavrov.",
     {"Vladimir Poutine", "Choe Son-hui"}, "Moscou", None, "occurred"),
    # "il" in a clause fronted before the main subject is that subject, not the person named before
    ("Le ministre Chang Ho-jin a protesté. En visite au Vietnam, où il a été reçu jeudi par le président "
     "Tô Lâm au palais présidentiel de Hanoï, Vladimir Poutine a mis en garde Séoul.",
     {"Vladimir Poutine", "Tô Lâm"}, "Hanoï", "2023", "occurred"),
    # "elle" is the subject named last, not an earlier speaker
    ("Antony Blinken s'est dit satisfait. Kang Mi-ran n'en est pas à son premier séjour en Chine : en mai, "
     "elle avait été reçue à Pékin par Xi Jinping en personne.", {"Kang Mi-ran", "Xi Jinping"}, "Pékin", "2023",
     "occurred"),
    # two subjects in apposition-laden coordination ("X, et Y, ont participé ... avec Z")
    ("Le chef de la diplomatie japonaise, Taro Kono, et le ministre de la Défense, Ken Saito, ont participé "
     "jeudi à ces consultations dites « 2 + 2 » avec Mike Pompeo et Mark Esper.",
     {"Taro Kono", "Ken Saito", "Mike Pompeo", "Mark Esper"}, None, None, "occurred"),
    # a reception whose guest the parse misreads ("Narendra" as a verb): the guest, the host, and the
    # seat's city (a meeting's place is a place, the Kremlin an organisation)
    ("Le Premier ministre indien Narendra Modi a été reçu au Kremlin par Vladimir Poutine mardi.",
     {"Narendra Modi", "Vladimir Poutine"}, "Moscou", None, "occurred"),
    # ... and not the place of a visit "depuis" recalls
    ("Narendra Modi est arrivé lundi chez Vladimir Poutine. Mardi, les deux dirigeants ont eu des entretiens officiels au "
     "Kremlin, les premiers depuis la visite de M. Poutine à New Delhi en décembre 2021.",
     {"Narendra Modi", "Vladimir Poutine"}, "Moscou", None, "occurred"),
    # a relative clause: "qui" is its antecedent; the place the parse hung on the object's name
    ("Recep Tayyip Erdogan, qui a rencontré Vladimir Poutine à Sotchi, a salué l'accord.",
     {"Recep Tayyip Erdogan", "Vladimir Poutine"}, "Sotchi", None, "occurred"),
    # a meeting "depuis" names keeps the time its own phrase gives
    ("C'est une première depuis la rencontre entre Joe Biden et Xi Jinping à Genève en 2021.",
     {"Joe Biden", "Xi Jinping"}, "Genève", "2021", "occurred"),
    # a palace of a city: the city is where they met
    ("Le président Emmanuel Macron a rencontré le roi Mohammed VI au palais royal de Rabat.",
     {"Emmanuel Macron", "Mohammed VI"}, "Rabat", None, "occurred"),
    # read off the sentence where the parse gives no arguments: "entre X et Y", "à l'issue d'un
    # entretien avec Y" said of an inverted subject, "dîner avec"
    ("Ce sommet intervient deux mois après l'échec de la rencontre entre Joe Biden et le président "
     "chinois Xi Jinping à Bali.", {"Joe Biden", "Xi Jinping"}, None, None, "occurred"),
    ("L'armée va envoyer des renforts, a déclaré mardi Olaf Scholz, chancelier allemand, à l'issue d'un "
     "entretien avec le Premier ministre japonais Fumio Kishida à Tokyo.", {"Olaf Scholz", "Fumio Kishida"},
     "Tokyo", None, "occurred"),
    ("Le soir même, Volodymyr Zelensky dînait au palais de l'Élysée avec Emmanuel Macron et le chancelier "
     "allemand Olaf Scholz.", {"Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz"}, None, None, "occurred"),
    # a comma never starts a sentence: the subject before the relative clause is the subject
    ("Lavrov, qui effectue sa troisième visite en Chine depuis octobre 2023, s'est d'abord entretenu avec "
     "son homologue Wang Yi.", {"Sergueï Lavrov", "Wang Yi"}, None, None, "occurred"),
    # whoever announces or welcomes a meeting is not in it
    ("Vladimir Poutine recevra Narendra Modi la semaine prochaine, a annoncé Dmitri Peskov.",
     {"Vladimir Poutine", "Narendra Modi"}, None, None, "planned"),
    ("Dmitri Peskov a salué la rencontre entre Vladimir Poutine et Narendra Modi.",
     {"Vladimir Poutine", "Narendra Modi"}, None, None, "occurred"),
    # what a quotation says is speech, not a meeting
    ("« Ils reçoivent des uniformes russes », a déclaré Mark Rutte, après Volodymyr Zelensky.", None, None, None,
     None),
    # a gift received is no meeting
    ("Angela Merkel a reçu en cadeau un vase de la part de Xi Jinping.", None, None, None, None),
]


@pytest.mark.parametrize("text", [
    # a country's adjective after a preposition, or a place inside "en dépit de", "en raison de"
    "Nicolás Maduro a été reçu par Vladimir Poutine, en dépit du veto brésilien.",
    "Nicolás Maduro a été reçu par Vladimir Poutine, en dépit du veto brésilien à l'entrée de Caracas dans le groupe.",
    "Xi Jinping a rencontré Vladimir Poutine en raison de la crise à Kiev.",
    # a place right after "depuis <a day>" is that earlier day's
    "Il s'agit du premier face-à-face de Vladimir Poutine et Xi Jinping depuis le 4 février dernier à Pékin.",
])
def test_no_place_where_the_sentence_names_none(text):
    found = run(meetings, text)
    assert found and all(m.place is None for m in found)


def test_the_two_ministers_are_the_two_people_titled_ministers():
    # not the article's two most named people (Lavrov and Kim)
    found = run(meetings, "Sergueï Lavrov a été reçu jeudi par Kim Jong-un. Kim Jong-un a salué Vladimir Poutine. "
                          "Le ministre russe des Affaires étrangères Sergueï Lavrov a remercié Kim Jong-un. Mercredi, "
                          "Lavrov avait été accueilli par la ministre nord-coréenne des Affaires étrangères, Choe Son "
                          "Hui. Les deux ministres se sont entretenus jeudi matin.")
    told = [m for m in found if "deux ministres" in m.evidence.sentence]
    assert [names(m.participants) for m in told] == [{"Sergueï Lavrov", "Choe Son-hui"}]


@pytest.mark.parametrize("text,people,place,year,status", TABLE)
def test_meetings(text, people, place, year, status):
    found = run(meetings, text)
    if people is None:
        assert not found
        return
    assert found, text
    # (the meeting the row places, where the text tells another one too)
    m = next((m for m in found if place and m.place is not None and m.place.name == place), found[0])
    assert names(m.participants) == people
    assert m.status == status
    if place:
        assert m.place is not None and m.place.name == place
    if year:
        assert m.date is not None and m.date.value.startswith(year)


@pytest.mark.parametrize("text, pairs", [
    # the talks "après" the reception are the guest's, not more hosts of the reception
    ("En mars, la ministre Choe Son Hui a été reçue au Kremlin par Vladimir Poutine, après ses entretiens "
     "avec Sergueï Lavrov.",
     [{"Choe Son-hui", "Vladimir Poutine"}, {"Choe Son-hui", "Sergueï Lavrov"}]),
    ("Le ministre Sergueï Lavrov a été accueilli par Kim Jong Un, avant son dîner avec Choe Son Hui.",
     [{"Sergueï Lavrov", "Kim Jong-un"}, {"Sergueï Lavrov", "Choe Son-hui"}]),
])
def test_the_talks_after_a_reception_are_the_guest_s_own(text, pairs):
    found = run(meetings, text)
    assert sorted(map(sorted, (names(m.participants) for m in found))) == sorted(map(sorted, pairs))


def test_a_clitic_object_of_a_conjoined_verb_is_the_first_verb_s_object():
    # "l'" is Lavrov, met then received, not Vladimir Poutine, the last subject named before
    text = ("Vladimir Poutine a reçu Choe Son Hui au Kremlin. Mme Choe avait rencontré Sergueï Lavrov à Moscou en "
            "janvier 2024, et l'avait reçu en juillet 2025 à Wonsan.")
    pairs = [sorted(names(m.participants)) for m in run(meetings, text)]
    assert ["Choe Son-hui", "Vladimir Poutine"] in pairs and pairs.count(["Choe Son-hui", "Sergueï Lavrov"]) == 2, pairs


def test_the_two_heads_of_diplomacy_are_the_foreign_minister_and_his_counterpart():
    # not "le chef du Kremlin", who also holds a title opening with "chef"
    text = ("Vladimir Poutine veut renforcer ses liens avec Pyongyang. Le ministre russe des Affaires étrangères "
            "Sergueï Lavrov a été accueilli par son homologue nord-coréenne, Choe Son Hui. Le chef du Kremlin, "
            "Vladimir Poutine, avait reçu Kim Jong Un en septembre. Jeudi, les deux chefs de la diplomatie ont "
            "mené des pourparlers.")
    pairs = [sorted(names(m.participants)) for m in run(meetings, text)]
    assert ["Choe Son-hui", "Sergueï Lavrov"] in pairs and ["Sergueï Lavrov", "Vladimir Poutine"] not in pairs, pairs


def test_a_meeting_placed_nowhere_happened_where_its_participant_is_visiting():
    ctx = context("Vladimir Poutine est arrivé mercredi 19 juin 2024 au Vietnam pour une visite d'État. "
                  "Il s'est entretenu avec le Premier ministre Pham Minh Chinh.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert any(m.place is not None and m.place.name == "Viêt Nam" for m in found), found


def test_on_a_tour_a_meeting_with_a_local_is_in_the_local_s_country():
    # several trips, none just before: the one to the country another participant is at home in
    ctx = context("Vladimir Poutine est arrivé à Hanoï en provenance de Pyongyang, où il avait effectué une "
                  "visite d'État en Corée du Nord. " + "Les temps ont changé. " * 40 +
                  "Vladimir Poutine s'est ensuite entretenu avec le président vietnamien Tô Lâm.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert [m.place.name for m in found if m.place is not None] == ["Hanoï"], found


def test_an_undated_meeting_takes_the_date_of_the_trip_just_reported():
    ctx = context("Le Premier ministre canadien Mark Carney est arrivé lundi 17 mars 2025 à Paris pour sa première "
                  "visite à l'étranger. Il a été accueilli à l'Élysée par le président Emmanuel Macron.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert any(m.date is not None and m.date.value == "2025-03-17" for m in found), found


def test_a_trip_does_not_redate_a_meeting_the_article_dates():
    ctx = context("Sergueï Choïgou est arrivé mardi à Pyongyang. Kim Jong-un a reçu mercredi Sergueï Choïgou. "
                  "Lors de leur rencontre, Sergueï Choïgou a remis à Kim Jong-un une lettre.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert {m.date.value for m in found if m.date} == {"2023-09-13"}, found


def test_an_earlier_trip_does_not_date_a_meeting():
    ctx = context("Vladimir Poutine s'était rendu au Vietnam en novembre 2017. " + "Les temps ont changé. " * 40 +
                  "Vladimir Poutine s'est entretenu avec le Premier ministre Pham Minh Chinh.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert found and all(m.date is None for m in found), found


def test_a_title_s_name_in_apposition_and_the_place_where_stands_for():
    ctx = context("Le ministre russe de la Défense Andreï Belooussov est arrivé vendredi à l'aéroport international "
                  "de Pyongyang, où il a été accueilli par le ministre de la Défense de la RPDC, No Kwang Chol.")
    found = meetings.extract(ctx)
    assert any({p.name for p in m.participants} == {"Andreï Belooussov", "No Kwang-chol"}
               and m.place is not None and m.place.name == "Pyongyang" for m in found), found


@pytest.mark.parametrize("told", [
    "Il a rencontré Kim Jong-un",
    "Plus tôt dans la journée, il avait rencontré Kim Jong-un",  # a pluperfect back within the story's day
])
def test_an_undated_meeting_is_on_the_day_the_story_stands_at(told):
    ctx = context(f"Sergueï Lavrov est arrivé le 18 octobre 2023 à Pyongyang. {told} au palais des congrès de "
                  "Kumsusan.")
    assert any(m.date is not None and m.date.value == "2023-10-18" for m in meetings.extract(ctx))


def test_the_story_stands_at_the_day_of_a_sentence_s_own_event_not_the_end_of_a_range_it_gives():
    ctx = context("Vladimir Poutine s'est entretenu mardi 12 septembre avec Xi Jinping, lors d'une visite d'État du "
                  "12 au 14 septembre. Il a aussi rencontré Li Qiang au Grand Palais du Peuple.")
    dates = {frozenset(names(m.participants)): m.date for m in meetings.extract(ctx)}
    assert dates[frozenset({"Vladimir Poutine", "Li Qiang"})].value == "2023-09-12", dates


def test_the_same_day_is_the_day_last_named_however_far_back():
    ctx = context("Le premier train a quitté mardi 12 septembre la gare de Moscou. Il circulera deux fois par mois. "
                  "Le trajet dure huit jours. Les liaisons étaient suspendues depuis 2020. Le même jour, Sergueï "
                  "Choïgou a été reçu à Pyongyang par Kim Jong Un.")
    assert [m.date.value for m in meetings.extract(ctx) if m.date] == ["2023-09-12"]


def test_le_lundi_suivant_is_the_monday_after_the_story_s_day():
    ctx = context("Le vendredi 1er novembre 2024, Choe Son Hui a mené des consultations avec Sergueï Lavrov. "
                  "Le lundi suivant, Vladimir Poutine l'a reçue au Kremlin.", reference=datetime.date(2024, 12, 5))
    dates = {frozenset(names(m.participants)): m.date.value for m in meetings.extract(ctx) if m.date}
    assert dates[frozenset({"Vladimir Poutine", "Choe Son-hui"})] == "2024-11-04", dates


def test_a_header_line_s_date_is_no_story_day():
    # "Nord-Corée | 2025/07/13 11:24 KST": the page's header, not the day a headline's event took place
    ctx = context("Nord-Corée | 2025/07/13 11:24 KST\n\nLavrov reçu par Kim Jong-un à Wonsan\n\nSÉOUL, 13 juil. "
                  "(Yonhap) -- Kim Jong-un a reçu samedi Sergueï Lavrov à Wonsan.")
    found = meetings.extract(ctx)
    assert found and found[0].date is None, found


def test_a_publication_line_s_date_is_no_story_day():
    # "Publié: 20.10.2023": the page's day; the headline's meeting took place the day the story tells
    ctx = context("Publié: 20.10.2023, 09:14 | Mis à jour: 20.10.2023, 11:02\nKim Jong-un a reçu Sergueï Lavrov à "
                  "Pyongyang\n\nKim Jong-un a reçu jeudi Sergueï Lavrov, a rapporté vendredi l'agence KCNA.")
    found = meetings.extract(ctx)
    assert found and found[0].date is None, found


def test_a_recalled_meeting_does_not_take_the_story_s_day():
    ctx = context("Sergueï Lavrov est arrivé le 18 octobre 2023 à Pyongyang. Il avait déjà rencontré Kim Jong-un "
                  "au palais des congrès de Kumsusan.")
    assert all(m.date is None for m in meetings.extract(ctx))


@pytest.mark.parametrize("text, guess", [
    ("Le prince héritier Mohammed ben Salmane a accueilli Vladimir Poutine au palais d'Al-Yamamah.", "2023-12-06"),
    ("Mohammed ben Salmane avait déjà reçu Vladimir Poutine à Riyad.", None),         # recalled
    ("Kim Jong-un a rencontré Xi Jinping à quatre reprises depuis mars 2018.", None),  # a time of its own
])
def test_a_meeting_told_as_the_news_of_the_day_carries_the_publication_day(text, guess):
    ctx = context(text)
    ctx.published = datetime.date(2023, 12, 6)
    found = meetings.extract(ctx)
    assert found and {m.news_day.value if m.news_day else None for m in found} == {guess}, found
    assert all(m.date is None for m in found)


@pytest.mark.parametrize("text, published, day", [
    # a day told as past, read months after the article: the year before
    ("Le 29 novembre, Andreï Belooussov est reçu par Kim Jong-un.", datetime.date(2025, 9, 3), "2024-11-29"),
    # not a day just after it: news of what is about to happen
    ("Le 7 mai, Xi Jinping est reçu par Emmanuel Macron.", datetime.date(2024, 5, 6), "2024-05-07"),
])
def test_a_past_day_is_not_after_the_article(text, published, day):
    ctx = context(text, reference=published)
    ctx.published = published
    assert [m.date.value for m in meetings.extract(ctx)] == [day]


@pytest.mark.parametrize("text, day", [
    ("Sergueï Lavrov doit s'entretenir samedi avec Mauro Vieira.", "2023-09-16"),   # to come: the next one
    ("Sergueï Lavrov s'est entretenu lundi avec Mauro Vieira.", "2023-09-11"),      # done: the last one
    ("Sergueï Lavrov doit s'entretenir lundi dernier avec Mauro Vieira.", "2023-09-11"),
])
def test_a_bare_weekday_points_ahead_for_a_meeting_to_come(text, day):
    assert {m.date.value for m in run(meetings, text)} == {day}


@pytest.mark.parametrize("text, day", [
    # a participle describing the place carries the place's own time, not the talks'
    ("Sergueï Lavrov s'est entretenu avec Choe Son Hui dans la station de Kalma, inaugurée le 1er juillet.",
     None),
    # one describing the meeting itself, or its subject's trip, dates it
    ("Donald Trump a eu un entretien avec Lee Jae-myung lors d'un dîner offert lundi par la présidence.",
     "2023-09-11"),
    ("Sergueï Lavrov, arrivé lundi à Pyongyang, a rencontré Choe Son Hui.", "2023-09-11"),
])
def test_a_participle_dates_what_it_describes(text, day):
    found = run(meetings, text)
    assert found and {m.date.value if m.date else None for m in found} == {day}


@pytest.mark.parametrize("text, place", [
    ("Lula doit quitter la Chine samedi pour Brasília, où il doit rencontrer Olaf Scholz.", "Brasilia"),
    ("Vladimir Poutine doit se rendre à Vladivostok pour le Forum économique oriental, où il doit "
     "s'entretenir avec le Premier ministre malaisien Anwar Ibrahim.", "Vladivostok"),
])
def test_where_stands_for_the_place_named_last_before_it(text, place):
    assert {m.place.name for m in run(meetings, text) if m.place} == {place}


def test_that_year_is_the_year_the_article_last_named():
    ctx = context("Le chemin parcouru depuis 2019 est considérable. En avril de cette année-là, Kim Jong-un a "
                  "rencontré Vladimir Poutine à Vladivostok.")
    assert {m.date.value[:4] for m in meetings.extract(ctx) if m.date} == {"2019"}


def test_talks_with_one_then_another_are_two_meetings():
    found = run(meetings, "Vladimir Poutine s'est entretenu avec Chavkat Mirzioïev, puis avec le président iranien "
                          "Ebrahim Raïssi.")
    assert {frozenset(names(m.participants)) for m in found} == {
        frozenset({"Vladimir Poutine", "Chavkat Mirzioïev"}), frozenset({"Vladimir Poutine", "Ebrahim Raïssi"})}
    joint = run(meetings, "Vladimir Poutine s'est entretenu avec Chavkat Mirzioïev et avec Ebrahim Raïssi.")
    assert [len(m.participants) for m in joint] == [3]


@pytest.mark.parametrize("text, groups", [
    ("Jeudi, Kim Jong-un avait reçu le Premier ministre chinois Li Qiang, puis l'ancien président russe Dmitri "
     "Medvedev.", [{"Kim Jong-un", "Li Qiang"}, {"Kim Jong-un", "Dmitri Medvedev"}]),
    # with no "puis", one meeting
    ("Emmanuel Macron a reçu Olaf Scholz et Giorgia Meloni.", [{"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"}]),
])
def test_people_received_one_after_another_are_met_in_turn(text, groups):
    found = run(meetings, text)
    assert sorted(map(sorted, (names(m.participants) for m in found))) == sorted(map(sorted, groups)), found


def test_received_by_one_then_by_another_is_two_meetings():
    found = run(meetings, "Narendra Modi a passé deux jours à Varsovie. Il y avait été reçu jeudi par le Premier "
                          "ministre Donald Tusk, puis par le président Andrzej Duda.")
    assert {frozenset(names(m.participants)) for m in found} == {
        frozenset({"Narendra Modi", "Donald Tusk"}), frozenset({"Narendra Modi", "Andrzej Duda"})}, found


def test_a_summit_that_gathered_people_is_their_meeting():
    found = run(meetings, "Le sommet, accueilli par le président kazakh Kassym-Jomart Tokaïev, a réuni autour de la "
                          "table Xi Jinping, Vladimir Poutine et le Premier ministre pakistanais Shehbaz Sharif.")
    assert {frozenset(names(m.participants)) for m in found} == {
        frozenset({"Kassym-Jomart Tokaïev", "Xi Jinping", "Vladimir Poutine", "Shehbaz Sharif"})}
    assert not run(meetings, "La crise a réuni les conditions d'un accord entre Xi Jinping et Vladimir Poutine.")


def test_the_same_day_is_the_day_last_named_in_another_paragraph():
    ctx = context("Vladimir Poutine est arrivé le 3 juillet 2024 à Astana.\n\nLe même jour, Vladimir Poutine a "
                  "également rencontré Recep Tayyip Erdogan.")
    assert {m.date.value for m in meetings.extract(ctx) if m.date} == {"2024-07-03"}


def test_a_day_and_month_take_the_year_the_article_gave_that_month():
    ctx = context("En août 2011, Kim Jong-il avait traversé la Sibérie en train. Puis, le 24 août, le président "
                  "russe Dmitri Medvedev a rencontré Kim Jong-il à Sosnovy Bor.")
    assert any(m.date is not None and m.date.value == "2011-08-24" for m in meetings.extract(ctx))


def test_names_the_parser_hangs_on_a_plural_title_and_a_dinner_with():
    ctx = context("En juin, les présidents Macron et Tebboune s'étaient encore entretenus en marge du sommet du G7.")
    assert any({p.name for p in m.participants} == {"Emmanuel Macron", "Abdelmadjid Tebboune"}
               for m in meetings.extract(ctx))
    ctx = context("Justin Trudeau s'était rendu en Floride pour dîner avec Donald Trump dans sa résidence de Mar-a-Lago.")
    assert any({p.name for p in m.participants} == {"Justin Trudeau", "Donald Trump"}
               for m in meetings.extract(ctx))


def test_y_is_the_place_named_just_before():
    ctx = context("Depuis, les émissaires russes se succèdent à Pyongyang. Fin novembre 2024, le ministre de la "
                  "Défense, Andreï Belooussov, y était reçu par Kim Jong-un.")
    assert any(m.place is not None and m.place.name in ("Pyongyang", "Corée du Nord")
               for m in meetings.extract(ctx))


def test_with_several_trips_the_one_just_told_places_the_meeting():
    ctx = context("Vladimir Poutine s'était rendu à Pyongyang le 19 juin 2024. Il est arrivé le 20 juin 2024 à Hanoï "
                  "pour une visite d'État. Il s'est entretenu avec le Premier ministre Pham Minh Chinh.")
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert any(m.place is not None and m.place.name in ("Hanoï", "Viêt Nam") for m in found), found


def test_a_planned_meeting_with_no_date_is_in_the_month_of_publication():
    ctx = context("Lula doit s'entretenir avec Vladimir Poutine avant de s'envoler pour Pékin.")
    ctx.published = datetime.date(2025, 5, 9)
    found = meetings.extract(ctx)
    assert found and all(m.status == "planned" and m.date is not None and m.date.value == "2025-05"
                         for m in found), found
    ctx = context("Lula doit s'entretenir avec Vladimir Poutine avant de s'envoler pour Pékin.")
    assert all(m.date is None for m in meetings.extract(ctx))  # no publication date: no guess
    ctx = context("Les deux hommes, Kim Jong-un et Vladimir Poutine, doivent se revoir en Corée du Nord, "
                  "lorsque cela conviendra au chef du Kremlin.")
    ctx.published = datetime.date(2023, 9, 14)
    assert all(m.date is None for m in meetings.extract(ctx))  # a time the text leaves open


def test_the_place_and_day_after_apres_are_another_event_s():
    # "trois semaines après la signature à la Maison Blanche, le 8 août": the signing's, not the meeting's
    found = run(meetings, "Vladimir Poutine a ensuite reçu le Premier ministre arménien Nikol Pachinian, trois "
                          "semaines après la signature à la Maison Blanche, le 8 août, d'une déclaration de paix.")
    assert [names(m.participants) for m in found] == [{"Vladimir Poutine", "Nikol Pachinian"}]
    assert found[0].place is None and found[0].date is None


@pytest.mark.parametrize("text", [
    "Prabowo Subianto et Emmanuel Macron ont signé une lettre d'intention, alors que l'Indonésie a déjà "
    "commandé 42 Rafale en 2022.",
    "Xi Jinping a reçu Vladimir Poutine à Pékin, même si les deux armées avaient manœuvré ensemble en mai 2024.",
])
def test_the_time_of_a_clause_set_against_the_main_one_is_that_clause_s(text):
    found = run(meetings, text)
    assert len(found) == 1 and (found[0].date is None or "2022" not in found[0].date.value
                                and "2024" not in found[0].date.value), found


def test_a_dispatch_places_a_meeting_with_a_participant_of_its_country():
    from kg.extract import extract
    from kg.articles import Article
    from kg import nlp

    def placed(text):
        facts = extract(nlp.load()(nlp.prepare(text)), Article(id="0" * 16, text=text, title=None, source="t"))
        return {m.place.name if m.place else None for m in facts.meetings}

    # filed from Kazan, a meeting with the Russian president there: Kazan
    assert placed("KAZAN (Russie), 23 octobre (AFP) - Vladimir Poutine s'est entretenu mercredi avec le président "
                  "iranien Massoud Pezeshkian.") == {"Kazan"}
    # filed from Seoul, a meeting of no South Korean: not Seoul (but the host's country)
    assert placed("SÉOUL, 19 oct. (Yonhap) -- Le dirigeant nord-coréen Kim Jong-un a reçu jeudi le ministre russe "
                  "des Affaires étrangères Sergueï Lavrov.") == {"Corée du Nord"}


@pytest.mark.parametrize("text, place", [
    # a reception placed nowhere: in the host's country
    ("Sergueï Choïgou a été reçu mardi par Kim Jong-un.", "Corée du Nord"),
    ("Le ministre russe de la Défense, Andreï Belooussov, a été reçu par Kim Jong-un, fin novembre 2024.",
     "Corée du Nord"),
    ("Xi Jinping a reçu le président nigérian Bola Ahmed Tinubu.", "Chine"),
    # the guest a participle qualifies is not the host
    ("En visite le 12 juillet, Sergueï Lavrov, reçu par Kim Jong-un, a promis des touristes.", "Corée du Nord"),
    # a place the sentence gives comes first
    ("Vladimir Poutine a reçu Kim Jong-un au cosmodrome de Vostotchny.", "cosmodrome de Vostotchny"),
    # talks are no reception: no host, no place
    ("Sergueï Lavrov s'est entretenu avec Choe Son Hui.", None),
    # a host the article has abroad receives there, not at home
    ("Vladimir Poutine est arrivé en Chine et en Inde. Il a ensuite reçu le Premier ministre arménien Nikol "
     "Pachinian.", None),
])
def test_a_reception_placed_nowhere_is_in_the_host_s_country(text, place):
    ctx = context(text)
    found = meetings.placed_by_host(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert [m.place.name if m.place else None for m in found] == [place], found


@pytest.mark.parametrize("text, place", [
    # a host receives abroad only during a trip of the same month (not in Beijing in August; nor, right
    # after that trip is told, at home)
    ("Kim Jong-un s'est rendu à Pékin le 3 septembre 2025. En août 2025, Viatcheslav Volodine a été reçu par "
     "Kim Jong-un.", None),
    ("Kim Jong-un est arrivé à Vladivostok le 12 septembre 2023. Le 13 septembre 2023, Sergueï Choïgou a été reçu "
     "par Kim Jong-un.", "Vladivostok"),
])
def test_a_host_s_own_trip_places_a_reception_only_in_its_month(text, place):
    ctx = context(text)
    found = meetings.placed_by_host(ctx, meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx)),
                                    visits.extract(ctx))
    assert [m.place.name if m.place else None for m in found if len(m.participants) == 2] == [place], found


@pytest.mark.parametrize("text, place", [
    # the one city where the article's other meetings of that day took place
    ("Xi Jinping et Narendra Modi se sont entretenus mercredi 23 octobre 2024 à Kazan. Mercredi 23 octobre 2024, "
     "Vladimir Poutine s'est entretenu avec Massoud Pezeshkian.", "Kazan"),
    # not on another day, nor when that day's meetings were in two cities
    ("Xi Jinping et Narendra Modi se sont entretenus le 22 octobre 2024 à Kazan. Le 23 octobre 2024, Vladimir "
     "Poutine s'est entretenu avec Massoud Pezeshkian.", None),
    ("Xi Jinping et Narendra Modi se sont entretenus le 23 octobre 2024 à Kazan. Le 23 octobre 2024, Emmanuel "
     "Macron a rencontré Olaf Scholz à Berlin. Le 23 octobre 2024, Vladimir Poutine s'est entretenu avec Massoud "
     "Pezeshkian.", None),
])
def test_a_meeting_placed_nowhere_is_where_that_day_s_meetings_were(text, place):
    ctx = context(text)
    found = [m for m in meetings.placed_by_the_day(ctx, meetings.extract(ctx))
             if "Massoud Pezeshkian" in names(m.participants)]
    assert [m.place.name if m.place else None for m in found] == [place], found


def test_a_verb_joined_to_a_planned_one_is_planned():
    found = run(meetings, "António Guterres, arrivé mercredi à Kazan, doit prendre part jeudi à une session "
                          "élargie et s'entretenir avec Vladimir Poutine.")
    assert [m.status for m in found] == ["planned"]


@pytest.mark.parametrize("text, status", [
    # talks a future verb has as its object are to come; a past intention was carried out
    ("Vladimir Poutine doit se rendre à Pékin, où il aura mardi des entretiens avec Xi Jinping.", "planned"),
    ("Narendra Modi a rejoint l'hôtel où devait se tenir son entretien avec Vladimir Poutine.", "occurred"),
])
def test_talks_that_a_future_verb_has_are_planned(text, status):
    found = [m for m in run(meetings, text) if len(m.participants) == 2]
    assert found and {m.status for m in found} == {status}


@pytest.mark.parametrize("text, reference, expected", [
    # in the sentence of the trip to come: where it goes
    ("Volodymyr Zelensky annonce qu'il se rendra lundi à Washington pour rencontrer Donald Trump.",
     datetime.date(2025, 8, 15), ("planned", "2025-08-18", "Washington")),
    # planned for the day after an arrival: where the traveller arrived
    ("António Guterres, arrivé mercredi à Kazan, doit prendre part jeudi à une session élargie et s'entretenir "
     "avec Vladimir Poutine.", datetime.date(2024, 10, 23), ("planned", "2024-10-24", "Kazan")),
])
def test_a_meeting_to_come_is_where_its_participant_goes_or_just_arrived(text, reference, expected):
    ctx = context(text, reference=reference)
    found = meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx))
    assert [(m.status, m.date.value, m.place.name if m.place else None) for m in found] == [expected]


@pytest.mark.parametrize("text, day", [
    # talks over two days: from the first
    ("Lavrov est venu. Vendredi 11 juillet et samedi 12 juillet 2025, Sergueï Lavrov et Choe Son-hui se sont "
     "entretenus à Wonsan.", "2025-07-11"),
    # a day given as an aside dates nothing when the sentence gives another
    ("Vladimir Poutine est arrivé mercredi 19 juin 2024 peu avant 03h00 (mardi 20h00 en Suisse) à Pyongyang, où il "
     "a été accueilli par Kim Jong-un.", "2024-06-19"),
])
def test_the_day_of_a_meeting(text, day):
    assert [m.date.value for m in run(meetings, text)] == [day]


def test_a_country_s_adjective_is_no_place():
    # "en dépit du veto brésilien": Brazil is no place of the reception
    found = run(meetings, "Le Vénézuélien Nicolas Maduro a lui aussi été reçu par le président russe Vladimir "
                          "Poutine, en dépit du veto brésilien à l'entrée de Caracas dans le cercle des partenaires.")
    assert [names(m.participants) for m in found] == [{"Nicolás Maduro", "Vladimir Poutine"}]
    assert found[0].place is None or found[0].place.name != "Brésil", found


def test_one_meeting_at_each_time_a_sentence_gives_with_puis():
    found = run(meetings, "Sergueï Choïgou avait déjà été reçu par Kim Jong-un en septembre 2024, puis le 21 mars "
                          "dernier.")
    assert sorted(m.date.value for m in found) == ["2023-03-21", "2024-09"], found
    # a second event of another kind after "puis" adds no meeting
    found = run(meetings, "Kim Jong-un a rencontré Vladimir Poutine le 13 septembre 2023 à Vostotchny, puis s'est "
                          "rendu à Komsomolsk le 15 septembre.")
    assert [m.date.value for m in found] == ["2023-09-13"], found
    # the cue nearest the last date of the run: every date of the run
    found = run(meetings, "Sergueï Lavrov est revenu à Pékin le 3 avril 2024, puis le 9 mai 2024 et encore le 2 "
                          "juillet 2024, à chaque fois reçu par Wang Yi.")
    assert sorted(m.date.value for m in found) == ["2024-04-03", "2024-05-09", "2024-07-02"], found


def test_du_meme_mois_is_the_month_named_before():
    found = run(meetings, "Andreï Belooussov a été reçu à Pyongyang fin novembre 2024. Au début du même mois, Choe "
                          "Son-hui avait de nouveau été accueillie au Kremlin par Vladimir Poutine.")
    assert [(names(m.participants), m.date.value) for m in found] == [({"Choe Son-hui", "Vladimir Poutine"}, "2024-11")]


def test_one_meeting_with_each_when_met_one_by_one():
    # "tour à tour", "successivement", "parmi lesquels A, B et C": the subject met each of them
    for text in ("Vladimir Poutine s'est entretenu tour à tour avec Narendra Modi, Cyril Ramaphosa et Recep Tayyip "
                 "Erdogan.",
                 "Xi Jinping s'est entretenu avec une vingtaine de présidents africains, parmi lesquels le président "
                 "nigérian Bola Tinubu et le président sénégalais Bassirou Diomaye Faye."):
        found = run(meetings, text)
        assert all(len(m.participants) == 2 for m in found) and len(found) >= 2, found


def test_talks_held_since_a_day_are_in_its_month():
    # "Depuis lundi, X s'est entretenu avec …": between Monday and the article's day, not the day of
    # another event told before ("qui s'ouvrira jeudi")
    ctx = context("Le sommet s'ouvrira jeudi. Depuis lundi, le président chinois Xi Jinping s'est entretenu avec le "
                  "président nigérian Bola Tinubu.", datetime.date(2024, 9, 4))
    ctx.published = datetime.date(2024, 9, 4)
    assert [m.date.value for m in meetings.extract(ctx)] == ["2024-09"]


def test_a_guest_is_received_in_the_host_s_country_not_on_another_trip():
    # the trip told in the article goes elsewhere: the reception is at the host's, not there
    ctx = context("Vladimir Poutine est arrivé au Vietnam pour une visite d'État. En juillet 2000, Vladimir Poutine "
                  "avait été reçu par Kim Jong-il.")
    found = meetings.placed_by_host(ctx, meetings.placed_by_visits(ctx, meetings.extract(ctx), visits.extract(ctx)),
                                    visits.extract(ctx))
    assert [m.place.name for m in found if m.place is not None] == ["Corée du Nord"], found


@pytest.mark.parametrize("text, date", [
    # "depuis" a time, then "lorsque": the time of that clause
    ("Vladimir Poutine n'était plus venu dans le pays depuis juillet 2000, lorsqu'il avait été reçu par Kim Jong-il.",
     "2000-07"),
    # a plain "since" is no date of the meeting
    ("Vladimir Poutine n'a plus rencontré Kim Jong-un depuis septembre 2023.", None),
])
def test_since_a_time_when(text, date):
    found = run(meetings, text)
    assert [m.date.value if m.date else None for m in found] == [date], found


def test_avant_d_etre_recu_shares_the_main_clause_s_subject():
    found = run(meetings, "Kim Jong-un est arrivé à Pékin. Après la parade, il s'est longuement entretenu avec "
                          "Vladimir Poutine, avant d'être reçu jeudi par Xi Jinping.")
    assert sorted(sorted(names(m.participants)) for m in found) == [
        ["Kim Jong-un", "Vladimir Poutine"], ["Kim Jong-un", "Xi Jinping"]], found


@pytest.mark.parametrize("text, status, month", [
    # a month after the publication's, told of a meeting that took place: that month last year
    ("Le veto parachève une séquence entamée en septembre, quand Kim Jong-un a été reçu par Vladimir Poutine.",
     "occurred", "2023-09"),
    # the same month told of a meeting to come stays ahead
    ("Kim Jong-un doit rencontrer Vladimir Poutine en septembre.", "planned", "2024-09"),
])
def test_a_bare_month_after_publication_of_a_past_meeting_is_last_year_s(text, status, month):
    ctx = context(text, reference=datetime.date(2024, 3, 29))
    ctx.published = datetime.date(2024, 3, 29)
    found = meetings.extract(ctx)
    assert [(m.status, m.date.value if m.date else None) for m in found] == [(status, month)], found


@pytest.mark.parametrize("text,reference,expected", [
    # "Le lendemain" counts from "le 24 avril" in the year the article gave April, not the reference's
    ("Il faut remonter à avril 2019. Le 24 avril, son train arrive en gare de Vladivostok. Le lendemain, Kim Jong-un "
     "rencontre Vladimir Poutine sur l'île Rousski.", datetime.date(2025, 9, 13), "2019-04-25"),
    # "En juillet 2023 … Deux mois plus tard, le 13 septembre": 2023, not the reference's year
    ("Le premier signal vient en juillet 2023, lorsque Sergueï Choïgou se rend à Pyongyang. Deux mois plus tard, le "
     "13 septembre, Kim Jong-un est reçu par Vladimir Poutine au cosmodrome de Vostotchny.",
     datetime.date(2025, 9, 13), "2023-09-13"),
    # weeks later than a day, or a season, the article named with its year
    ("Le 26 juillet 2023, Kim Jong-un guidait Sergueï Choïgou dans un hall d'exposition de Pyongyang. Sept semaines "
     "plus tard, le 13 septembre, Vladimir Poutine recevait Kim Jong-un au cosmodrome de Vostotchny.",
     datetime.date(2025, 6, 2), "2023-09-13"),
    ("Tout change à l'été 2023. Fin juillet, Sergueï Choïgou est à Pyongyang. Sept semaines plus tard, le 13 "
     "septembre, c'est Kim Jong-un qui est accueilli par Vladimir Poutine au cosmodrome de Vostotchny.",
     datetime.date(2025, 6, 2), "2023-09-13"),
    # a day of the month the sentence gives refines it
    ("Choe Son-hui fait le chemin inverse en janvier 2024 : elle est reçue au Kremlin par Vladimir Poutine le 16 "
     "janvier.", datetime.date(2025, 9, 13), "2024-01-16"),
    # a chronology that has moved on to a later year since it named that month
    ("Sergueï Choïgou visite une exposition le 26 juillet 2023. Il revient le 13 septembre 2024. 2025 accélère "
     "encore le rythme. Le 12 juillet, Kim Jong-un reçoit Sergueï Lavrov à Wonsan.",
     datetime.date(2025, 10, 21), "2025-07-12"),
    # (an earlier year recalled in between does not take it back)
    ("En avril 2019, le train de Kim Jong-un arrive à Vladivostok. Il avait déjà voyagé à Pékin en 2018. Le 25 avril, "
     "Kim Jong-un rencontre Vladimir Poutine sur l'île Rousski.", datetime.date(2025, 9, 13), "2019-04-25"),
])
def test_a_day_without_its_year_takes_the_year_the_article_gave(text, reference, expected):
    found = run(meetings, text, reference)
    assert [m.date.value for m in found if m.date] == [expected], found


def test_a_summit_with_someone_told_as_his_own():
    # "son sommet avec Y" where no person is the clause's subject: "son" is the person last the subject
    text = ("Vendredi, Kim Jong-un avait passé la journée à Komsomolsk-sur-l'Amour. Le point d'orgue du voyage "
            "avait été, mercredi, son sommet avec le président Vladimir Poutine au cosmodrome de Vostotchny.")
    found = run(meetings, text, datetime.date(2023, 9, 17))
    assert [(names(m.participants), m.date.value) for m in found] == [
        ({"Kim Jong-un", "Vladimir Poutine"}, "2023-09-13")], found


@pytest.mark.parametrize("text,reference,expected", [
    # the story's day is never an aside in parentheses
    ("Vladimir Poutine a été accueilli en grande pompe à Pyongyang, mercredi 19 juin. Son avion s'est posé vers 3 "
     "heures du matin heure locale (20 heures à Paris, mardi) à l'aéroport de Sunan. Kim Jong-un a reçu Vladimir "
     "Poutine dans l'après-midi au palais Kumsusan.", datetime.date(2024, 6, 19), "2024-06-19"),
    # a pluperfect "le jour même" takes the story's day
    ("L'avion de Sergueï Lavrov s'est posé mercredi soir à Pyongyang. Il arrivait de Pékin, où il avait accompagné "
     "Vladimir Poutine au forum des Nouvelles Routes de la soie. Le président russe s'y était entretenu le jour "
     "même avec son homologue chinois Xi Jinping, en marge du forum.", datetime.date(2023, 10, 19), "2023-10-18"),
])
def test_a_meeting_told_without_its_day_takes_the_story_s(text, reference, expected):
    assert [m.date.value for m in run(meetings, text, reference)] == [expected]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine s'est entretenu avec Kim Jong-un, un tête-à-tête scruté de Washington à Tokyo.",
    "Vladimir Poutine a rencontré mercredi Kim Jong-un sous les regards inquiets, de Séoul à Tokyo.",
])
def test_a_place_at_the_end_of_a_span_of_places_is_no_meeting_place(text):
    assert [m.place for m in run(meetings, text)] == [None]


def test_there_is_a_place_named_not_a_demonym():
    text = ("L'avion de Sergueï Lavrov s'est posé mercredi soir à l'aéroport international de Sunan, à Pyongyang. "
            "Le chef de la diplomatie russe y a été accueilli par Choe Son-hui.")
    assert [m.place.name for m in run(meetings, text)] == ["Pyongyang"]


def test_a_source_named_after_selon_and_a_title_is_no_participant():
    text = ("Selon le porte-parole du Kremlin, Dmitri Peskov, les entretiens ont notamment porté sur les préparatifs "
            "d'une visite de M. Poutine en Corée du Nord.")
    assert not any("Dmitri Peskov" in names(m.participants) for m in run(meetings, text))


def test_a_subject_inside_a_quotation_is_no_participant_of_the_talks_after_it():
    text = ("Vladimir Poutine a reçu Choe Son Hui. « Ils deviendront des cibles », avait averti jeudi Antony Blinken, "
            "à l'issue d'une rencontre à Washington avec le chancelier allemand, Olaf Scholz.")
    talks = [m for m in run(meetings, text) if "Olaf Scholz" in names(m.participants)]
    assert talks and not any({"Vladimir Poutine", "Choe Son-hui"} & names(m.participants) for m in talks), talks


def test_the_talks_of_the_day_before_are_not_the_reception_s():
    text = ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a été reçu samedi par Kim Jong-un à Wonsan, "
            "au lendemain de ses entretiens avec son homologue Choe Son-hui, a annoncé la diplomatie russe.")
    reception = [m for m in run(meetings, text) if m.place is not None and m.place.name == "Wonsan"]
    assert [names(m.participants) for m in reception] == [{"Kim Jong-un", "Sergueï Lavrov"}], reception


def test_a_day_of_the_month_named_that_year_is_in_that_year():
    # "En avril de cette année-là … Reçu le 25 avril": 2019, not the April before the article
    ctx = context("Le chemin parcouru depuis 2019 est considérable. En avril de cette année-là, Kim Jong-un "
                  "s'était rendu à Vladivostok. Reçu par Vladimir Poutine le 25 avril sur l'île Russki, il n'en "
                  "était reparti qu'avec de bonnes paroles.")
    assert {m.date.value for m in meetings.extract(ctx) if m.date} == {"2019-04-25"}


@pytest.mark.parametrize("text, day", [
    # the sentence's day is the day after the talks, or the day before the meeting
    ("Vladimir Poutine est arrivé jeudi à Harbin, au lendemain de ses entretiens à Pékin avec Xi Jinping.",
     "2023-09-13"),
    ("Lundi, à la veille de sa rencontre avec Xi Jinping, Vladimir Poutine a salué la coopération.", "2023-09-12"),
    # a counted gap: the month before
    ("Le 13 octobre 2023, un mois après le sommet de Vostotchny entre Vladimir Poutine et Kim Jong-un, la Maison "
     "Blanche avait accusé Pyongyang.", "2023-09"),
    # no count, or the meeting's own day: the sentence's time is the meeting's
    ("Après leur rencontre de mardi, Kim Jong-un et Vladimir Poutine ont signé un accord.", "2023-09-12"),
])
def test_a_meeting_named_from_another_day_is_moved_by_that_gap(text, day):
    assert {m.date.value for m in run(meetings, text) if m.date} == {day}


def test_a_stray_quotation_mark_is_no_sentence_of_the_story():
    # the parse makes a sentence of the opening '"': "la veille" still counts from Saturday, three
    # sentences back
    text = ('Kim Jong-un a reçu samedi Sergueï Lavrov à Wonsan, a rapporté dimanche KCNA.\n\n'
            '"Nous soutenons la Russie", a déclaré Kim Jong-un. L\'agence décrit une rencontre "chaleureuse".\n\n'
            'Le ministre russe était arrivé la veille à Wonsan, où il avait été accueilli par son homologue '
            'Choe Son-hui.')
    found = {frozenset(names(m.participants)): m.date.value for m in run(meetings, text)}
    assert found[frozenset({"Sergueï Lavrov", "Choe Son-hui"})] == "2023-09-08", found


@pytest.mark.parametrize("earlier", ["quelques heures plus tôt", "plus tôt dans la journée"])
def test_talks_held_earlier_that_day_are_on_the_story_s_day(earlier):
    # not the day of the arrival the sentence also names
    text = ("Vladimir Poutine a reçu mardi au Kremlin Choe Son-hui.\n\n"
            f"Choe Son-hui, arrivée dimanche à Moscou, avait eu {earlier} des pourparlers avec Sergueï Lavrov.")
    found = {frozenset(names(m.participants)): m.date.value for m in run(meetings, text)}
    assert found[frozenset({"Sergueï Lavrov", "Choe Son-hui"})] == "2023-09-12", found


def test_a_meeting_of_the_trip_made_the_day_before_is_on_that_day():
    text = ("Emmanuel Macron s'était rendu au Caire le 25 octobre 2023, au lendemain d'un déplacement en Israël où il "
            "avait rencontré Benyamin Netanyahou à Jérusalem.")
    assert {m.date.value for m in run(meetings, text)} == {"2023-10-24"}


def test_their_meeting_is_of_the_two_the_sentence_names():
    # the article's pair (Poutine, Xi) is not the "leur" of a sentence naming two others
    text = ("Vladimir Poutine a accueilli le sommet. Vladimir Poutine a salué Xi Jinping. Le Premier ministre indien "
            "Narendra Modi et le président chinois Xi Jinping se serrent la main avant leur entretien, mercredi à "
            "Kazan.")
    assert [names(m.participants) for m in run(meetings, text)] == [{"Narendra Modi", "Xi Jinping"}]


def test_the_person_a_relative_que_stands_for_is_the_verb_s_object():
    found = run(meetings, "Le chancelier Olaf Scholz a été reçu mardi à Paris par Emmanuel Macron, qu'il avait déjà "
                          "rencontré le 4 juin 2024.")
    assert {(frozenset(names(m.participants)), m.date.value if m.date else None) for m in found} >= {
        (frozenset({"Olaf Scholz", "Emmanuel Macron"}), "2024-06-04")}, found
    # a "que" after a verb of saying is no relative
    found = run(meetings, "Emmanuel Macron a dit à Olaf Scholz qu'il avait rencontré Xi Jinping.")
    assert {frozenset(names(m.participants)) for m in found} <= {frozenset({"Emmanuel Macron", "Xi Jinping"}),
                                                                 frozenset({"Olaf Scholz", "Xi Jinping"})}, found


@pytest.mark.parametrize("text, people, place", [
    ("Vendredi, Emmanuel Macron était à Luanda, chez le président angolais João Lourenço.",
     {"Emmanuel Macron", "João Lourenço"}, "Luanda"),
    # the one a journey takes there, where the subject is no person
    ("C'est la dernière étape d'une tournée qui a conduit le ministre Sergueï Lavrov à Conakry, puis au Congo, "
     "chez le président Denis Sassou Nguesso.", {"Sergueï Lavrov", "Denis Sassou-Nguesso"}, None),
])
def test_at_the_home_of_a_person_is_a_meeting_with_them(text, people, place):
    found = [m for m in run(meetings, text) if names(m.participants) == people]
    assert found, run(meetings, text)
    assert place is None or found[0].place.name == place


@pytest.mark.parametrize("text", [
    "Vladimir Poutine est rentré chez lui.",
    "Une source chez Airbus a confirmé la commande de la Chine.",
])
def test_chez_names_no_meeting_without_a_person_at_home(text):
    assert not run(meetings, text)


@pytest.mark.parametrize("text, people, place", [
    ("Vladimir Poutine a parlé. Le ministre Choe Son-hui a été reçu au Kremlin en janvier.",
     {"Choe Son-hui", "Vladimir Poutine"}, "Moscou"),
    ("Le chancelier Olaf Scholz, reçu mardi à l'Élysée, a salué Emmanuel Macron.",
     {"Olaf Scholz", "Emmanuel Macron"}, "Paris"),
])
def test_received_at_a_seat_of_power_is_received_by_its_leader(text, people, place):
    found = [m for m in run(meetings, text) if names(m.participants) == people]
    assert found, run(meetings, text)
    assert found[0].place.name == place


@pytest.mark.parametrize("text", [
    # no leader of the seat's country named, or two of them
    "Le ministre Choe Son-hui a été reçu au Kremlin en janvier.",
    "Joe Biden et Donald Trump se sont parlé. Le chancelier Olaf Scholz a été reçu à la Maison Blanche.",
])
def test_received_at_a_seat_of_power_with_no_one_leader_is_no_meeting(text):
    assert not [m for m in run(meetings, text) if "Olaf Scholz" in names(m.participants)
                or "Choe Son-hui" in names(m.participants)]


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Poutine et Xi Jinping s'étaient rencontrés le 4 mai 2024 à Moscou, puis le 8 octobre à Kazan.",
     {("Moscou", "2024-05-04"), ("Kazan", "2024-10-08")}),
    ("Recep Tayyip Erdogan et Kyriakos Mitsotakis s'étaient revus en juillet 2023 à Vilnius, en marge du sommet "
     "de l'OTAN, puis en septembre à New York.", {("Vilnius", "2023-07"), ("New York", "2023-09")}),
    ("Vladimir Poutine et Xi Jinping s'étaient déjà rencontrés en mai 2024 à Moscou, ainsi qu'à Kazan en "
     "octobre 2024.", {("Moscou", "2024-05"), ("Kazan", "2024-10")}),
    # the next year when the month comes before the one before it
    ("Vladimir Poutine et Xi Jinping s'étaient rencontrés en décembre 2023 à Moscou, puis en janvier à Kazan.",
     {("Moscou", "2023-12"), ("Kazan", "2024-01")}),
])
def test_each_time_of_a_run_is_a_meeting_at_the_place_named_with_it(text, expected):
    found = run(meetings, text)
    assert {(m.place.name, m.date.value) for m in found if m.place and m.date} == expected, found


def test_a_run_s_time_that_names_its_own_year_keeps_it():
    found = run(meetings, "Sergueï Choïgou a rencontré Kim Jong-un en mars 2025 à Pyongyang, puis en septembre "
                          "dernier à Wonsan.", reference=datetime.date(2025, 6, 20))
    assert {m.date.value for m in found if m.date} == {"2025-03", "2024-09"}, found


def test_the_talks_of_the_same_day_are_a_meeting_of_their_own():
    found = run(meetings, "Vladimir Poutine a parlé. La ministre Choe Son-hui a été reçue au Kremlin par le président "
                          "russe le 16 janvier, le jour même de ses entretiens à Moscou avec son homologue Sergueï "
                          "Lavrov.")
    assert {frozenset(names(m.participants)) for m in found} == {
        frozenset({"Choe Son-hui", "Vladimir Poutine"}), frozenset({"Choe Son-hui", "Sergueï Lavrov"})}, found


def test_a_person_received_by_one_host_in_a_bare_participle_met_them():
    found = run(meetings, "Cela intervient après la visite à Moscou du chef de la diplomatie européenne, Josep "
                          "Borrell, reçu le 5 février par le ministre russe Sergueï Lavrov.")
    assert {frozenset(names(m.participants)) for m in found} == {frozenset({"Josep Borrell", "Sergueï Lavrov"})}, found
    # received here by one, there by another: a tour, not one meeting of all
    tour = run(meetings, "Il a fait une tournée, Josep Borrell, reçu à Kampala par le président Yoweri Museveni, "
                         "à Addis-Abeba par Abiy Ahmed.")
    assert not [m for m in tour if len(m.participants) > 2], tour


def test_the_host_of_a_passive_welcome_hung_on_a_place_phrase():
    # the parse reads "par X" as part of "sur le quai"
    found = run(meetings, "Kim Jong-un y a été accueilli sur le quai par le vice-Premier ministre et ministre de "
                          "l'Industrie Denis Manturov, qui l'a conduit à l'usine.")
    assert {frozenset(names(m.participants)) for m in found} == {frozenset({"Kim Jong-un", "Denis Manturov"})}, found


@pytest.mark.parametrize("text, pair, status", [
    # the guide named right before the verb group, "lui" the other person of the sentence
    ("Pendant son séjour à Kazan en mai 2022, Ilham Aliev a été salué par les élus ; le maire Ilsour Metchine lui "
     "a fait visiter le Kremlin de la ville.", {"Ilham Aliev", "Ilsour Metchine"}, "occurred"),
    # "lui": the last person named as a subject before, not one named after it
    ("En avril 2021, Jean Castex est allé à Dakar, aux côtés de Macky Sall et de Nana Akufo-Addo. Le président "
     "sénégalais lui avait fait visiter le port autonome.", {"Jean Castex", "Macky Sall"}, "occurred"),
    # an infinitive: the guide is the subject of the verb it hangs on
    ("Le 2 juin, Xi Jinping a salué Emmanuel Macron sur le perron, avant de lui faire visiter le musée national.",
     {"Xi Jinping", "Emmanuel Macron"}, "occurred"),
    ("Narendra Modi fera visiter à Anthony Albanese un temple de Varanasi en octobre.",
     {"Narendra Modi", "Anthony Albanese"}, "planned"),
])
def test_a_guided_tour_is_a_meeting_of_the_guide_and_the_guest(text, pair, status):
    found = [m for m in run(meetings, text) if names(m.participants) == pair]
    assert found, [names(m.participants) for m in run(meetings, text)]
    assert {m.status for m in found} == {status}


def test_what_a_guide_shows_is_not_the_meeting_s_place():
    found = run(meetings, "Le 4 mai 2023, Pedro Sánchez a fait visiter à Lula le musée du Prado.")
    assert [names(m.participants) for m in found] == [{"Pedro Sánchez", "Luiz Inácio Lula da Silva"}]
    assert found[0].place is None or found[0].place.name != "musée du Prado"


@pytest.mark.parametrize("text, pair, place", [
    ("Le 3 mai 2023, Emmanuel Macron a rendu visite à Olaf Scholz à Berlin.",
     {"Emmanuel Macron", "Olaf Scholz"}, "Berlin"),
    # a courtesy returned at a place: a visit to the one "lui" stands for
    ("En mars 2023, Yoon Suk-yeol s'est rendu à Tokyo. Fumio Kishida lui a rendu la pareille en mai, à Séoul.",
     {"Fumio Kishida", "Yoon Suk-yeol"}, "Séoul"),
    ("En 2022, Recep Tayyip Erdogan s'était rendu à Riyad, et Mohammed ben Salmane lui avait rendu la politesse "
     "à Ankara.", {"Recep Tayyip Erdogan", "Mohammed ben Salmane"}, "Ankara"),
])
def test_a_visit_paid_to_someone_is_a_meeting(text, pair, place):
    found = [m for m in run(meetings, text) if names(m.participants) == pair]
    assert [m.place.name for m in found if m.place is not None] == [place]


def test_a_courtesy_returned_with_no_place_is_no_meeting():
    text = ("Vladimir Poutine a offert une voiture à Kim Jong-un en juin 2024. Kim Jong-un lui a rendu la politesse "
            "avec une paire de chiens.")
    assert not [m for m in run(meetings, text) if "offert" not in m.evidence.sentence]


@pytest.mark.parametrize("text, day", [
    ("Le 8 juillet 2024, Narendra Modi était à Moscou. Deux jours plus tard, il a rencontré Karl Nehammer à Vienne.",
     "2024-07-10"),
    ("Narendra Modi avait rencontré Vladimir Poutine le 8 juillet 2024 à Moscou. Trois mois plus tard, les deux "
     "dirigeants se sont retrouvés à Kazan.", "2024-10"),
    ("Recep Tayyip Erdogan s'était rendu en avril 2022 à Riyad, et Mohammed ben Salmane lui avait rendu la "
     "politesse à Ankara deux mois plus tard.", "2022-06"),
    # the gap's own day dates the meeting
    ("En juillet 2023, Sergueï Choïgou était à Pyongyang. Deux mois plus tard, le 13 septembre, Kim Jong-un a "
     "rencontré Vladimir Poutine.", "2023-09-13"),
])
def test_a_meeting_told_that_long_after_is_dated_by_the_gap(text, day):
    # (the meeting of the first sentence, at Moscou, is not the one the gap dates)
    assert [m.date.value for m in run(meetings, text) if m.place is None or m.place.name != "Moscou"] == [day]


@pytest.mark.parametrize("text", [
    "Kim Jong-un a tenu son deuxième sommet avec le président américain Donald Trump, fin février 2019 à Hanoï.",
])
def test_with_whom_a_meeting_is_held_when_the_parse_hangs_it_on_the_light_verb(text):
    assert [names(m.participants) for m in run(meetings, text)] == [{"Kim Jong-un", "Donald Trump"}]


def test_with_whom_when_the_parse_hangs_it_on_the_meeting_s_modifier():
    text = ("Le 2 septembre 2025, Xi Jinping a reçu Vladimir Poutine à Pékin. Les deux présidents ont ensuite tenu "
            "une réunion tripartite avec le président mongol Ukhnaagiin Khurelsukh.")
    told = [names(m.participants) for m in run(meetings, text) if "tripartite" in m.evidence.sentence]
    assert told == [{"Xi Jinping", "Vladimir Poutine", "Oukhnaagiin Khürelsükh"}]


def test_the_two_presidents_are_the_two_the_sentence_before_names():
    # the article's most mentioned presidents are another pair
    text = ("Le président Donald Trump a appelé le président Vladimir Poutine. Donald Trump veut un accord, a dit "
            "Donald Trump. Le 2 septembre 2025, Vladimir Poutine a été reçu par Xi Jinping à Pékin. Les deux "
            "présidents ont ensuite tenu une réunion tripartite avec le président mongol Ukhnaagiin Khurelsukh.")
    told = [names(m.participants) for m in run(meetings, text) if "tripartite" in m.evidence.sentence]
    assert told == [{"Xi Jinping", "Vladimir Poutine", "Oukhnaagiin Khürelsükh"}]


@pytest.mark.parametrize("text, day", [
    ("Mercredi 3 septembre, Vladimir Poutine s'est entretenu avec Massoud Pezeshkian. Il devait encore recevoir "
     "dans la soirée le président turc Recep Tayyip Erdogan.", "2025-09-03"),
    # (no time of day: not the story's day)
    ("Mercredi 3 septembre, Vladimir Poutine s'est entretenu avec Massoud Pezeshkian. Il devait recevoir "
     "le président turc Recep Tayyip Erdogan.", None),
])
def test_a_meeting_due_later_that_day_is_on_the_story_s_day(text, day):
    due = [m for m in run(meetings, text, datetime.date(2025, 9, 5)) if "Erdogan" in m.evidence.sentence]
    assert [m.date and m.date.value for m in due] == [day]
