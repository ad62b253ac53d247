"""A deterministic corpus of French news articles for benchmarks.

`generate(n, seed)` gives the same `n` articles for the same seed, on any
machine: each is a headline, a section, a byline and a date line, a lead and
paragraphs of sentences recombined from templates of news prose (meetings,
visits, gifts, quotations, sanctions, denials, background), filled with
people, places, organisations and dates drawn from the vocabulary below, so
extraction has the same kind of work as on real articles. Lengths follow the
seed articles (about 300 to 1,000 words).

    python -m benchmarks.corpus 200 /tmp/corpus200     # writes 200 .txt files
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

FIRST = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Ahmed", "Fatima", "Olga", "Igor", "Lin",
         "Wei", "Hiroshi", "Yuki", "Carlos", "Ana", "Kwame", "Amina", "Lars", "Ingrid", "Pavel", "Nadia",
         "Omar", "Leila", "Tomasz", "Elena", "Rafael", "Beatriz", "Sung-min", "Ji-woo", "Dmitri", "Irina",
         "Hassan", "Samira", "Mateo", "Lucia", "Kofi", "Aïcha", "Anders", "Sigrid", "Viktor", "Katarina"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Benali", "Haddad", "Ivanova",
        "Petrov", "Zhang", "Liu", "Tanaka", "Sato", "García", "Pereira", "Mensah", "Diallo", "Johansson",
        "Nilsson", "Novák", "Kowalski", "Romanov", "Volkov", "Park", "Choi", "Kuznetsov", "Orlov",
        "Rahimi", "Karimi", "Ferreira", "Santos", "Okafor", "Traoré", "Lindqvist", "Berg", "Horvat",
        "Marković", "Esposito", "Ricci", "Vasquez", "Moretti", "Schneider", "Becker", "Hoffmann"]
COUNTRIES = [("France", "la France", "en France", "français"), ("Allemagne", "l'Allemagne", "en Allemagne", "allemand"),
             ("Italie", "l'Italie", "en Italie", "italien"), ("Espagne", "l'Espagne", "en Espagne", "espagnol"),
             ("Japon", "le Japon", "au Japon", "japonais"), ("Chine", "la Chine", "en Chine", "chinois"),
             ("Russie", "la Russie", "en Russie", "russe"), ("Brésil", "le Brésil", "au Brésil", "brésilien"),
             ("Inde", "l'Inde", "en Inde", "indien"), ("Canada", "le Canada", "au Canada", "canadien"),
             ("Mexique", "le Mexique", "au Mexique", "mexicain"), ("Turquie", "la Turquie", "en Turquie", "turc"),
             ("Égypte", "l'Égypte", "en Égypte", "égyptien"), ("Nigeria", "le Nigeria", "au Nigeria", "nigérian"),
             ("Kenya", "le Kenya", "au Kenya", "kényan"), ("Pologne", "la Pologne", "en Pologne", "polonais"),
             ("Suède", "la Suède", "en Suède", "suédois"), ("Norvège", "la Norvège", "en Norvège", "norvégien"),
             ("Iran", "l'Iran", "en Iran", "iranien"), ("Argentine", "l'Argentine", "en Argentine", "argentin"),
             ("Corée du Sud", "la Corée du Sud", "en Corée du Sud", "sud-coréen"),
             ("Ukraine", "l'Ukraine", "en Ukraine", "ukrainien"), ("Maroc", "le Maroc", "au Maroc", "marocain"),
             ("Sénégal", "le Sénégal", "au Sénégal", "sénégalais"), ("Vietnam", "le Vietnam", "au Vietnam", "vietnamien")]
CITIES = ["Paris", "Berlin", "Rome", "Madrid", "Tokyo", "Pékin", "Moscou", "Brasilia", "New Delhi", "Ottawa",
          "Mexico", "Ankara", "Le Caire", "Abuja", "Nairobi", "Varsovie", "Stockholm", "Oslo", "Téhéran",
          "Buenos Aires", "Séoul", "Kiev", "Rabat", "Dakar", "Hanoï", "Genève", "Bruxelles", "Vienne",
          "Lisbonne", "Istanbul", "Osaka", "Lyon", "Marseille", "Hambourg", "Milan", "Barcelone"]
ORGS = ["l'Organisation des Nations unies", "l'Union européenne", "l'OTAN", "le Fonds monétaire international",
        "la Banque mondiale", "l'Organisation mondiale de la santé", "l'Union africaine",
        "le Conseil de sécurité", "l'Organisation mondiale du commerce", "l'Agence internationale de l'énergie atomique"]
TITLES = ["le président {adj}", "la ministre {adj} des Affaires étrangères", "le Premier ministre {adj}",
          "le ministre {adj} de la Défense", "la présidente {adj}", "le chef de la diplomatie {adj}e",
          "le porte-parole du gouvernement {adj}", "la ministre {adj} de l'Économie"]
OUTLETS = ["AFP", "Reuters", "Le Quotidien du Soir", "La Gazette de l'Est", "Radio Nord", "L'Hebdo international"]
SECTIONS = ["Monde", "International", "Politique", "Europe", "Asie", "Afrique", "Diplomatie", "Économie"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ITEMS = ["un vase en porcelaine", "une montre de fabrication locale", "un tableau ancien", "une épée de cérémonie",
         "un recueil de poèmes", "un service à thé", "une maquette de navire", "un fusil de chasse",
         "une sculpture en bronze", "un tapis tissé à la main", "une paire de gants brodés"]
TOPICS = ["la coopération militaire", "les échanges commerciaux", "la sécurité énergétique", "le climat",
          "la lutte contre le terrorisme", "les investissements dans les infrastructures", "la situation humanitaire",
          "la reconstruction", "les exportations agricoles", "la coopération spatiale", "les migrations"]
REASONS = ["de livraisons d'armes", "de violations des droits de l'homme", "de cyberattaques répétées",
           "de son programme nucléaire", "de la répression des manifestations", "de son soutien à des groupes armés"]
QUOTES = ["Nous voulons une paix durable dans la région", "Cette rencontre marque une étape historique",
          "Notre pays ne cédera à aucune pression extérieure", "Le dialogue reste la seule voie possible",
          "Nous suivons la situation avec la plus grande attention", "Il n'y a aucune raison de s'inquiéter",
          "Les sanctions ne changeront rien à notre politique", "Nous sommes prêts à aller plus loin",
          "Cette décision est une erreur grave", "La coopération entre nos deux pays n'a jamais été aussi forte"]

TEMPLATES = {
    "meeting": [
        "{P1}, {T1}, a rencontré {P2} {when} à {CITY}.",
        "{P1} et {P2} se sont entretenus {when} à {CITY} pour évoquer {TOPIC}.",
        "Lors de leur rencontre à {CITY}, {P1} et {P2} ont discuté de {TOPIC}, selon {OUTLET}.",
        "{P1} doit rencontrer {P2} {future} à {CITY}, a annoncé {ORG}.",
    ],
    "visit": [
        "{P1} s'est rendu {IN_C} {when} pour une visite de {N} jours.",
        "{T1_cap}, {P1}, effectue depuis {when} une visite officielle {IN_C}.",
        "{P1} se rendra {IN_C} {future}, indique {OUTLET}.",
    ],
    "gift": [
        "{P1} a offert à {P2} {ITEM}, a indiqué son entourage.",
        "En retour, {P2} a reçu {ITEM} des mains de {P1}.",
    ],
    "statement": [
        "« {QUOTE} », a déclaré {P1} lors d'une conférence de presse à {CITY}.",
        "« {QUOTE} », a affirmé {P1}, {T1}.",
        "{P1} a estimé : « {QUOTE} ».",
        "« {QUOTE} », a insisté {P1} devant les journalistes.",
    ],
    "sanction": [
        "{ORG_cap} a imposé de nouvelles sanctions contre {THE_C} en raison {REASON}.",
        "{THE_C2_cap} a annoncé des sanctions visant {THE_C}, accusée {REASON}.",
    ],
    "claim": [
        "{THE_C2_cap} accuse {THE_C} {REASON}, ce que {P1} a démenti {when}.",
        "{P1} a nié toute implication dans ces opérations.",
        "Les Occidentaux craignent que {THE_C} ne renforce {TOPIC} avec {THE_C2}.",
    ],
    "background": [
        "Les discussions ont porté sur {TOPIC} et sur {TOPIC2}.",
        "Selon plusieurs analystes, cette visite pourrait modifier l'équilibre des forces dans la région.",
        "Depuis le début de l'année, les relations entre {THE_C} et {THE_C2} se sont nettement réchauffées.",
        "La dernière rencontre entre les deux dirigeants remonte à {YEAR}, à {CITY2}.",
        "Les marchés ont réagi avec prudence à l'annonce, la monnaie {ADJ}e reculant légèrement.",
        "Plusieurs accords devraient être signés dans les prochains jours, notamment sur {TOPIC}.",
        "La presse {ADJ}e a largement salué ce rapprochement, qu'elle qualifie de tournant.",
        "L'opposition a dénoncé une opération de communication destinée à masquer les difficultés intérieures.",
        "Des centaines de policiers ont été déployés dans le centre de {CITY} pour l'occasion.",
        "Le programme officiel prévoit également la visite d'une usine et d'un centre de recherche.",
        "Aucun détail n'a été communiqué sur le contenu des échanges, qui se sont tenus à huis clos.",
        "Ce déplacement intervient dans un contexte de fortes tensions avec {THE_C2}.",
    ],
}
MIX = ["background"] * 9 + ["meeting"] * 2 + ["visit"] * 2 + ["statement"] * 3 + ["gift", "sanction", "claim"]


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.year = rng.randint(2015, 2024)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        people = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(12)}
        self.people = sorted(people)
        rng.shuffle(self.people)
        self.countries = rng.sample(COUNTRIES, 4)

    def person(self):
        return self.rng.choice(self.people[:6])

    def when(self):
        r = self.rng.random()
        if r < 0.4:
            return f"le {self.rng.choice(DAYS)} {self.day} {MONTHS[self.month - 1]}"
        if r < 0.7:
            return f"{self.rng.choice(DAYS)}"
        return f"le {self.day} {MONTHS[self.month - 1]} {self.year}"

    def future(self):
        return self.rng.choice(["la semaine prochaine", f"en {MONTHS[self.month % 12]}", "d'ici la fin de l'année",
                                f"le {self.rng.randint(1, 28)} {MONTHS[self.month % 12]}"])

    def fill(self, template: str) -> str:
        rng = self.rng
        c1, c2 = rng.sample(self.countries, 2)
        p1 = self.person()
        p2 = rng.choice([p for p in self.people[:6] if p != p1])
        t1 = rng.choice(TITLES).format(adj=c1[3])
        quote = rng.choice(QUOTES)
        org = rng.choice(ORGS)
        values = {
            "P1": p1, "P2": p2, "T1": t1, "T1_cap": t1[0].upper() + t1[1:], "CITY": rng.choice(CITIES),
            "CITY2": rng.choice(CITIES), "TOPIC": rng.choice(TOPICS), "TOPIC2": rng.choice(TOPICS),
            "OUTLET": rng.choice(OUTLETS), "ORG": org, "ORG_cap": org[0].upper() + org[1:],
            "IN_C": c1[2], "THE_C": c1[1], "THE_C2": c2[1], "THE_C2_cap": c2[1][0].upper() + c2[1][1:],
            "ADJ": c1[3], "N": rng.randint(2, 5), "ITEM": rng.choice(ITEMS), "REASON": rng.choice(REASONS),
            "QUOTE": quote, "QUOTE_l": quote[0].lower() + quote[1:], "YEAR": self.year - rng.randint(1, 6),
            "when": self.when(), "future": self.future(),
        }
        return template.format(**values)

    def sentence(self) -> str:
        kind = self.rng.choice(MIX)
        return self.fill(self.rng.choice(TEMPLATES[kind]))

    def article(self) -> str:
        rng = self.rng
        p1, p2 = self.people[0], self.people[1]
        c1 = self.countries[0]
        headline = rng.choice([
            f"{p1} et {p2} se retrouvent à {rng.choice(CITIES)} sur fond de tensions",
            f"Visite de {p1} {c1[2]} : ce qu'il faut retenir",
            f"Nouvelles sanctions contre {c1[1]} après les accusations de {p2}",
            f"{p1} reçoit {p2} pour parler de {rng.choice(TOPICS)}",
        ])
        lines = [rng.choice(SECTIONS), "", headline, ""]
        lines.append(f"Par {rng.choice(FIRST)} {rng.choice(LAST)}")
        lines.append(f"Publié le {self.day} {MONTHS[self.month - 1]} {self.year} à {rng.randint(6, 22)}h{rng.randint(0, 59):02d}")
        lines.append("")
        target = rng.randint(300, 1000)
        words = 0
        paragraphs = 0
        while words < target:
            para = " ".join(self.sentence() for _ in range(rng.randint(3, 6)))
            lines.append(para)
            lines.append("")
            words += len(para.split())
            paragraphs += 1
            if paragraphs % 3 == 0 and words < target:
                lines.append(rng.choice(["Un rapprochement scruté", "Des enjeux économiques", "La réaction des voisins",
                                         "Un calendrier chargé", "Ce que disent les experts"]))
                lines.append("")
        lines.append(rng.choice(OUTLETS))
        return "\n".join(lines) + "\n"


def article(i: int, seed: int = 1) -> str:
    """The text of article number `i` (from 0) of the corpus of `seed`."""
    return _Writer(random.Random(f"{seed}-{i}")).article()


def generate(n: int, seed: int = 1) -> list[str]:
    """`n` article texts; the same `n` and `seed` give the same texts (the first `n` of any
    larger corpus)."""
    return [article(i, seed) for i in range(n)]


def write(n: int, folder: Path, seed: int = 1) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate(n, seed)):
        path = folder / f"{i:06d}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
