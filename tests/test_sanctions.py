"""Sanctions from short French sentences: each sentence → the set of (imposer, target, reason word) it yields.

The imposer is None where the text names none, the reason word None where it gives no reason; a
sentence yielding nothing is a negative (threats, lifting, vetoes, evasion, sanctions in general).
"""
from __future__ import annotations

import pytest

from kg.extract import sanctions
from tests.extraction import run

UE, USA, ONU_CS = "Union européenne", "États-Unis", "Conseil de sécurité de l'ONU"
MFA_RU = "ministère russe des Affaires étrangères"
TABLE = [
    # a state does not sanction its own bank: a misread imposer (none of the development sets has one)
    ("La Russie a imposé des sanctions à Gazprombank.", set()),
    ("Les États-Unis ont imposé des sanctions à Gazprombank.", {(USA, "Gazprombank", None)}),
    # "X a sanctionné A et B" with the participle tagged as an adjective and the sentence cut at A
    ("Le Royaume-Uni avait pour sa part sanctionné Rosneft et Lukoil la semaine dernière.",
     {("Royaume-Uni", "Rosneft", None), ("Royaume-Uni", "Lukoil", None)}),
    # measures "reprises par" a state are that state's too
    ("La Russie est visée par des sanctions européennes, reprises par la Suisse.",
     {(UE, "Russie", None), ("Suisse", "Russie", None)}),
    # the name a participle is said of, not one in a phrase of its apposition
    ("Alexandre Loukachenko, présent vendredi aux côtés de Vladimir Poutine, est d'ailleurs visé depuis 2020 par "
     "des sanctions de l'UE.", {(UE, "Alexandre Loukachenko", None)}),
    # a list of people with titles and appositions between the names, after the list itself
    ("En juillet 2023, le Trésor américain avait inscrit sur sa liste de sanctions le ministre Sadio Camara, le "
     "chef d'état-major de l'armée de l'air, Alou Boi Diarra, et son adjoint, Adama Bagayoko, accusés d'avoir "
     "facilité le déploiement de Wagner.",
     {("Trésor américain", "Sadio Camara", "Wagner"), ("Trésor américain", "Alou Boi Diarra", None),
      ("Trésor américain", "Adama Bagayoko", None)}),
    ("Washington a sanctionné le ministre Sadio Camara, le chef d'état-major Alou Boi Diarra et son adjoint "
     "Adama Bagayoko.", {(USA, "Sadio Camara", None), (USA, "Alou Boi Diarra", None), (USA, "Adama Bagayoko", None)}),
    # placed under sanctions by two capitals; the assets of two companies, where they are held
    ("Washington et Londres ont ensuite placé sous sanctions le cargo russe Angara.",
     {(USA, "Angara", None), ("Royaume-Uni", "Angara", None)}),
    ("Washington a annoncé le gel de tous les avoirs de Rosneft et de Lukoil aux États-Unis.",
     {(USA, "Rosneft", None), (USA, "Lukoil", None)}),
    # lifted, but the sentence says they were imposed
    ("La Cédéao a décidé de lever les sanctions imposées au Niger après le coup d'État.",
     {("CEDEAO", "Niger", "coup d'État")}),
    # announced "par X"; called for is not imposed; a list of targets ends at another phrase
    ("Le pétrole bondit après l'annonce par les États-Unis de sanctions visant Rosneft et Lukoil.",
     {(USA, "Rosneft", None), (USA, "Lukoil", None)}),
    ("Le chef du NPD, Jagmeet Singh, a réclamé lundi des sanctions contre les diplomates indiens.", set()),
    ("Viktor Orban s'est opposé aux sanctions européennes contre la Russie et à l'aide à l'Ukraine.", set()),
    # blacklisted by title, the holder named beside it; said of a name by a participle; a regime in
    # force named after a comma
    ("L'Union européenne avait inscrit sur sa liste noire le ministre nord-coréen de la Défense, Pak Yong-il, "
     "et plusieurs généraux.", {(UE, "Pak Yong-il", None)}),
    ("L'Iran, visé pour cette raison par des sanctions américaines, dément livrer des armes.", {(USA, "Iran", None)}),
    # the named among unnamed targets ("dont X"), an apposition naming the unnamed, a verb form
    # tagged as a noun, an embargo suffered, assets frozen where the parse gives no subject
    ("Les États-Unis ont sanctionné trois sociétés chinoises, dont Sinopec et Huawei.",
     {(USA, "Sinopec", None), (USA, "Huawei", None)}),
    ("Washington sanctionne leur chef, le général Mohamed Hamdan Daglo.", {(USA, "Mohamed Hamdane Daglo", None)}),
    # a headline verb the tagger reads as a noun: the name before it; never the next clause's subject (whose
    # package against Moscow is its own)
    ("Washington sanctionne Rosneft et Lukoil, l'UE adopte son 19e paquet contre Moscou",
     {(USA, "Rosneft", None), (USA, "Lukoil", None), (UE, "Russie", None)}),
    # in a passage about sanctions, a state that lists, targets or designates someone sanctions them;
    # not whom the target belongs to ("de l'ONU", "par la famille X"), and not outside such a passage
    ("Les sanctions se multiplient. L'Australie a ciblé le Bureau général de reconnaissance.",
     {("Australie", "Bureau général de reconnaissance", None)}),
    ("Les sanctions pèsent. En juillet, Washington a également visé la rapporteuse spéciale de l'ONU sur les "
     "territoires palestiniens occupés, l'Italienne Francesca Albanese.", {(USA, "Francesca Albanese", None)}),
    ("Les frappes se multiplient. L'Australie a ciblé le Bureau général de reconnaissance.", set()),
    # coordinated targets: "à A et au B", past an apposition ("à A, porte-parole de X, et à B"),
    # the dative of an imposing verb before its object; not a phrase that names no actor
    ("Le Canada impose de nouvelles sanctions à la Russie et au Bélarus.",
     {("Canada", "Russie", None), ("Canada", "Biélorussie", None)}),
    ("Washington a imposé des sanctions à Lawrence Kanyuka, porte-parole du M23, et à James Kabarebe.",
     {(USA, "Lawrence Kanyuka", None), (USA, "James Kabarebe", None)}),
    ("La Cédéao avait infligé au Mali, en janvier 2022, un embargo économique et financier.",
     {("CEDEAO", "Mali", None)}),
    ("Les sanctions contre la Russie et à l'aide à l'Ukraine dominent le sommet.", {(None, "Russie", None)}),
    # "a ajouté à sa liste noire la Banque X": the list's owner is the subject, not the object
    ("Bruxelles a ajouté à sa liste noire la Banque du commerce extérieur de Corée du Nord.",
     {("Union européenne", "Banque du commerce extérieur de Corée du Nord", None)}),
    # the list of the next sentence, through an abbreviation's period ("Insitu Inc., Hudson …");
    # "contre-mesures" are sanctions
    ("La Chine a annoncé l'adoption de contre-mesures à l'encontre de sept entreprises militaires. Les "
     "entreprises concernées sont Insitu Inc., Hudson Technologies, Saronic Technologies et Aerkomm Inc., selon le "
     "ministère.", {("Chine", "Insitu Inc", None), ("Chine", "Hudson Technologies", None),
                    ("Chine", "Saronic Technologies", None), ("Chine", "Aerkomm Inc", None)}),
    # a sentence that opens on a list ("Sont visés", "On y trouve", "C'était au tour de", "Il s'agit
    # de") names the targets of the sentence before, whose imposer may be a verb's subject; the
    # nationals a list is "of" are not its imposer; "Il s'agit de la première rencontre" is no list
    ("Les États-Unis ont sanctionné trois responsables. Il s'agit de Kim Chol et de Ri Song Hyok.",
     {(USA, "Kim Chol", None), (USA, "Ri Song Hyok", None)}),
    ("Moscou a publié une nouvelle liste de 500 Américains interdits de séjour en Russie. On y trouve "
     "l'ancien président Barack Obama, mais aussi les animateurs Stephen Colbert et Jimmy Kimmel.",
     {("Russie", "Barack Obama", None), ("Russie", "Stephen Colbert", None), ("Russie", "Jimmy Kimmel", None)}),
    ("Moscou a interdit de séjour des dizaines de responsables américains. Le mois suivant, c'était au tour "
     "de Boris Johnson, un proche de Washington, et de sa ministre Liz Truss.",
     {("Russie", "Boris Johnson", None), ("Russie", "Liz Truss", None)}),
    ("Washington a levé ses sanctions. Il s'agit de la première rencontre entre Bill Clinton et Hafez "
     "el-Assad depuis 2000.", set()),
    # "figurer sur la liste" in a passage about sanctions, the names before or after the verb; who
    # keeps the list, else the imposer before; not what a clause says of the listed, nor a list of guests
    ("Moscou a interdit de séjour des dizaines de responsables. Dès le 15 mars 2022, le président Joe Biden et "
     "son secrétaire d'État Antony Blinken figuraient sur la liste.",
     {("Russie", "Joe Biden", None), ("Russie", "Antony Blinken", None)}),
    ("Moscou a annoncé avoir interdit de territoire 500 ressortissants américains. Sur la liste publiée par le "
     "ministère russe des Affaires étrangères figurent aussi des animateurs vedettes de la télévision "
     "américaine, Stephen Colbert et Jimmy Kimmel, et des responsables de l'administration Biden.",
     {("ministère russe des Affaires étrangères", "Stephen Colbert", None),
      ("ministère russe des Affaires étrangères", "Jimmy Kimmel", None)}),
    ("Londres a sanctionné 107 personnes et entités. La banque kirghize Keremet Bank, soupçonnée d'aider "
     "Moscou à contourner les restrictions, figure aussi sur la liste.", {("Royaume-Uni", "Keremet Bank", None)}),
    ("Ahmed al-Charaa figure sur la liste des invités du sommet.", set()),
    # "bannir", "blacklister" sanction; "frapper X d'un gel"; "inscrire sur sa liste" in a sanctions passage
    ("En mai 2022, la Russie avait déjà banni 963 Américains, dont Joe Biden et l'acteur Morgan Freeman.",
     {("Russie", "Joe Biden", None), ("Russie", "Morgan Freeman", None)}),
    ("Le 24 février 2025, le Royaume-Uni a frappé No Kwang Chol d'un gel des avoirs.",
     {("Royaume-Uni", "No Kwang-chol", None)}),
    ("Les sanctions pleuvent. En décembre, l'Union européenne inscrit sur sa liste le ministre nord-coréen de la "
     "Défense, Kang Sun Nam.", {("Union européenne", "Kang Sun-nam", None)}),
    # the names coordinated before "sous le coup de / visé par" are all under it; not a source
    ("Moscou et Pyongyang, tous deux sous le coup de sanctions occidentales, ont renforcé leur coopération.",
     {(None, "Russie", None), (None, "Corée du Nord", None)}),
    ("Selon Séoul, Pyongyang, visé par des sanctions de l'ONU depuis 2006, a procédé à un nouvel essai.",
     {(ONU_CS, "Corée du Nord", None)}),
    # "imposées au mépris de X": a participle marker with no name after it names no target
    ("« Le peuple nigérien a tenu bon face à des sanctions illégales, imposées au mépris des textes de la Cedeao "
     "elle-même », a réagi le porte-parole du gouvernement.", set()),
    # the UN and its Security Council are never a sanction's target
    ("De telles livraisons violeraient l'embargo sur les armes imposé à Pyongyang par le Conseil de sécurité de "
     "l'ONU.", {("Conseil de sécurité de l'ONU", "Corée du Nord", None)}),
    # a government imposes for its state
    ("Le gouvernement britannique a gelé les avoirs du ministre nord-coréen de la Défense, No Kwang Chol.",
     {("Royaume-Uni", "No Kwang-chol", None)}),
    # firms named by their country's adjective are no sanction on the country; the state itself is
    ("La Chine a annoncé des sanctions contre sept entreprises américaines.", set()),
    ("La Cédéao maintient des « sanctions ciblées » contre des membres de la junte nigérienne.",
     {("CEDEAO", "Niger", None)}),
    # "des sanctions ciblées contre …": a participle with no subject designates nothing
    ("L'Australie a annoncé des sanctions financières ciblées contre trois entités nord-coréennes et le "
     "vice-ministre Pak Jong Chon.", {("Australie", "Pak Jong-chon", None)}),
    # "N responsables de X (ACRONYME), dont Y": Y is the target, X whom the targets belong to
    ("Marco Rubio a annoncé des sanctions américaines contre quatre responsables de la Cour pénale internationale "
     "(CPI), dont le procureur adjoint Mame Mandiaye Niang, magistrat chevronné.",
     {(USA, "Mame Mandiaye Niang", None)}),
    # "Les autres personnalités visées sont A et B": the previous sentence's sanctions
    ("Marco Rubio a annoncé des sanctions américaines contre quatre juges. Les trois autres personnalités visées "
     "sont la juge canadienne Kimberly Prost et le juge français Nicolas Guillou.",
     {(USA, "Kimberly Prost", None), (USA, "Nicolas Guillou", None)}),
    # ... also the names "dont", "comme" or "ainsi que" lead to after unnamed heads
    ("La Corée du Sud a inscrit sur sa liste de sanctions des navires russes soupçonnés de participer à ces "
     "transferts d'armes, dont les cargos Angara et Lady R.",
     {("Corée du Sud", "Angara", "transferts"), ("Corée du Sud", "Lady R", "transferts")}),
    # who "emboîte le pas" or "fait de même" imposes the same measures on the same targets
    ("Le Canada a sanctionné Rosneft. Le Japon a fait de même.",
     {("Canada", "Rosneft", None), ("Japon", "Rosneft", None)}),
    ("Les sanctions se multiplient. L'Union européenne a inscrit en décembre 2024 les généraux Kim Yong-bok et "
     "Ri Chang-ho ; le Royaume-Uni lui a emboîté le pas en février 2025.",
     {(UE, "Kim Yong-bok", None), (UE, "Ri Chang-ho", None), ("Royaume-Uni", "Kim Yong-bok", None),
      ("Royaume-Uni", "Ri Chang-ho", None)}),
    # "des mesures économiques spéciales contre X" are sanctions; economic measures for households are not
    ("Ottawa, qui applique depuis 2011 des mesures économiques spéciales contre la Corée du Nord, n'a pas réagi.",
     {("Canada", "Corée du Nord", None)}),
    ("Le gouvernement a pris des mesures économiques pour soutenir les ménages.", set()),
    # the participle that says where the sanctions go, after the long name of the body imposing them
    ("Le tourisme n'est pas directement visé par les sanctions du Conseil de sécurité de l'ONU, imposées à la "
     "Corée du Nord depuis 2006.", {(ONU_CS, "Corée du Nord", None)}),
    # a gerund: the subject of the verb it hangs on
    ("Le Royaume-Uni avait pris les devants le 15 octobre en sanctionnant lui aussi Rosneft et Lukoil.",
     {("Royaume-Uni", "Rosneft", None), ("Royaume-Uni", "Lukoil", None)}),
    ("Le Mali avait lui-même subi un embargo de la Cédéao pendant six mois en 2022.", {("CEDEAO", "Mali", None)}),
    ("En septembre 2023, le Trésor américain avait déjà gelé les avoirs de Mohamed Hamdan Daglo.",
     {("Trésor américain", "Mohamed Hamdane Daglo", None)}),
    ("Bruxelles et Londres visent des responsables nord-coréens, des entreprises russes et des navires "
     "impliqués dans les livraisons d'armes de Pyongyang à la Russie.", set()),
    # living under a regime of sanctions
    ("À l'époque, la Corée du Nord vivait déjà sous le régime des sanctions du Conseil de sécurité de l'ONU.",
     {(ONU_CS, "Corée du Nord", None)}),
    # on the list: who figures, even after the verb; the American Entity List
    ("Huawei figure sur la liste noire américaine depuis 2019.", {(USA, "Huawei", None)}),
    ("Parmi les sociétés inscrites sur la liste des entités du département du Commerce figurent Piotech "
     "et SiCarrier.", {("département du Commerce américain", "Piotech", None),
                       ("département du Commerce américain", "SiCarrier", None)}),
    # a list after "figurent", with titles and appositions between the names (not a name said of
    # in an apposition: "de l'opposant X")
    ("Parmi les personnes inscrites sur la liste noire européenne figurent le ministre nord-coréen de la "
     "Défense, No Kwang-chol, le premier vice-chef d'état-major de l'Armée populaire de Corée, Kim Yong-bok, "
     "et le directeur du Bureau général de reconnaissance, Ri Chang-ho.",
     {(UE, "No Kwang-chol", None), (UE, "Kim Yong-bok", None), (UE, "Ri Chang-ho", None)}),
    ("Figurent également sur la liste noire russe le député français Jacques MAIRE, rapporteur de "
     "l'Assemblée parlementaire du Conseil de l'Europe sur l'empoisonnement de l'opposant Alexeï Navalny, "
     "le procureur berlinois Jörg Raupp et la chercheuse suédoise Asa Scott.",
     {("Russie", "Jacques Maire", None), ("Russie", "Jörg Raupp", None), ("Russie", "Asa Scott", None)}),
    ("Plusieurs géants chinois figurent déjà sur la liste noire américaine, dont Huawei, inscrit en 2019, et "
     "le fondeur SMIC, ajouté fin 2020.", {(USA, "Huawei", None), (USA, "SMIC", None)}),
    ("Cette université figure depuis 2020 sur la liste noire du département américain du Commerce.", set()),
    # lifted, but the sentence says who had imposed them on whom
    ("Il a salué la décision de la Cédéao de lever en février les lourdes sanctions qu'elle avait imposées "
     "au Niger.", {("CEDEAO", "Niger", None)}),
    # denied: no sanction; a negation elsewhere in the sentence is not one
    ("Le Mexique, qui n'a jamais adopté de sanctions contre Moscou, s'en tient à sa doctrine.", set()),
    ("Le Brésil n'impose aucune sanction à la Russie.", set()),
    ("Visé depuis 2022 par un gel de ses avoirs dans l'Union européenne, Sergueï Lavrov n'a pas manqué "
     "d'épingler les Occidentaux.", {(UE, "Sergueï Lavrov", None)}),
    # the object hung on "fin octobre"; "faire l'objet de" said of the apposition's name, not of
    # a name in a phrase of the subject ("le frère de Y")
    ("Washington a imposé fin octobre des sanctions à Rosneft et Lukoil.",
     {(USA, "Rosneft", None), (USA, "Lukoil", None)}),
    ("Le frère de Hemedti, Abdelrahim Hamdan Daglo, fait l'objet de sanctions américaines depuis 2023.",
     {(USA, "Abdelrahim Hamdan Daglo", None)}),
    # "tout comme": the same measures, only one side's after "côté américain"
    ("Le général Min Aung Hlaing est frappé de sanctions américaines et européennes depuis 2021, tout comme, "
     "côté américain, ses deux enfants adultes, Aung Pyae Sone et Khin Thiri Thet Mon.",
     {(USA, "Min Aung Hlaing", None), (UE, "Min Aung Hlaing", None), (USA, "Aung Pyae Sone", None),
      (USA, "Khin Thiri Thet Mon", None)}),
    ("Le ministre nord-coréen de la Défense, No Kwang Chol, figure parmi les personnes soumises à un gel de "
     "leurs avoirs dans l'Union européenne, tout comme Kim Yong Bok, premier vice-chef d'état-major de "
     "l'Armée populaire de Corée, et Ri Chang Ho.",
     {(UE, "No Kwang-chol", None), (UE, "Kim Yong Bok", None), (UE, "Ri Chang Ho", None)}),
    # every passive subject the parse gives; not where a company is based
    ("En août, trois sociétés basées en Russie, dont Verus, ont été sanctionnées.", {(None, "Verus", None)}),
    # added to "la liste" where sanctions were just spoken of: the list of the sentence before
    ("Le Trésor américain a sanctionné le juge Alexandre de Moraes en juillet. Son épouse, l'avocate Viviane "
     "Barci de Moraes, a été ajoutée à la liste en septembre.",
     {("Trésor américain", "Alexandre de Moraes", None), ("Trésor américain", "Viviane Barci de Moraes", None)}),
    # a minister named after the title acts for their country; "Quant au Japon, il": the topic
    ("Le premier ministre Justin Trudeau a annoncé lundi à Kiev de nouvelles sanctions contre la Russie.",
     {("Canada", "Russie", None)}),
    ("Le président Yoon Suk-yeol a parlé. Quant au Japon, il applique depuis 2006 un embargo sur les "
     "importations en provenance de Corée du Nord.", {("Japon", "Corée du Nord", None)}),
    # a ship the recogniser does not know, listed beside one it does
    ("La Corée du Sud a annoncé jeudi de nouvelles sanctions visant deux navires battant pavillon russe, "
     "l'Angara et la Lady R.", {("Corée du Sud", "Angara", None), ("Corée du Sud", "Lady R", None)}),
    # trade cut off from a country
    ("La Chine interdit l'exportation de gallium vers les États-Unis.", {("Chine", USA, None)}),
    ("Le Japon interdit déjà toute importation en provenance de la Corée du Nord depuis 2006.",
     {("Japon", "Corée du Nord", None)}),
    ("Les importations en provenance de Chine ont augmenté de 5 %.", set()),
    # a ban told in a relative clause of the measures: their imposer, whatever the parse of "depuis 2011"
    ("La ministre a rappelé qu'Ottawa applique depuis 2011 des mesures économiques spéciales qui interdisent la "
     "quasi-totalité des échanges avec la Corée du Nord.", {("Canada", "Corée du Nord", None)}),
    ("L'Union européenne a décrété un embargo sur les livraisons d'armes à destination du Soudan.",
     {(UE, "Soudan", None)}),
    # the seed phrasings
    ("Les sanctions visant l'Iran en raison de son programme nucléaire restent en vigueur.",
     {(None, "Iran", "programme nucléaire")}),
    ("L'Union européenne a adopté des sanctions contre la Russie.", {(UE, "Russie", None)}),
    ("Les États-Unis ont imposé un embargo sur Cuba.", {(USA, "Cuba", None)}),
    ("L'Union européenne a imposé des sanctions à la Syrie.", {(UE, "Syrie", None)}),
    # verbs: sanctionner, imposer, infliger, adopter, décider de sanctionner
    ("Les États-Unis ont sanctionné la Corée du Nord en raison de ses essais de missiles.",
     {(USA, "Corée du Nord", "missiles")}),
    ("Le Trésor américain a sanctionné la société Polar Trade pour avoir livré des armes à la Russie.",
     {("Trésor américain", "Polar Trade", "armes")}),
    ("L'Union européenne impose des sanctions à la Biélorussie en raison de son soutien à Moscou.",
     {(UE, "Biélorussie", "soutien")}),
    ("Washington inflige de nouvelles sanctions contre Pyongyang.", {(USA, "Corée du Nord", None)}),
    ("L'Union européenne a adopté mardi de nouvelles sanctions visant la Russie à cause de la guerre en Ukraine.",
     {(UE, "Russie", "guerre")}),
    ("Le Royaume-Uni a décidé de sanctionner le navire Lady Maria, accusé d'avoir transporté des munitions.",
     {("Royaume-Uni", "Lady Maria", "munitions")}),
    ("Le Conseil de sécurité de l'ONU a sanctionné la Corée du Nord pour son programme nucléaire.",
     {(ONU_CS, "Corée du Nord", "nucléaire")}),
    ("Les États-Unis ont sanctionné la société Tiger Freight, accusée de fournir du pétrole à Pyongyang.",
     {(USA, "Tiger Freight", "pétrole")}),
    # passives: visé par, sanctionné par, placé / inscrit sur la liste noire
    ("La Syrie est visée par des sanctions de l'Union européenne.", {(UE, "Syrie", None)}),
    ("La Corée du Nord a été sanctionnée par le Conseil de sécurité de l'ONU.", {(ONU_CS, "Corée du Nord", None)}),
    ("La banque russe Dalkombank a été placée sur la liste noire des sanctions américaines.",
     {(USA, "Dalkombank", None)}),
    ("Le groupe Wagner a été inscrit sur la liste noire de l'Union européenne pour son rôle dans la guerre en Ukraine.",
     {(UE, "groupe Wagner", "rôle")}),
    ("Le Japon a inscrit la banque Sunrise Credit sur sa liste noire.", {("Japon", "Sunrise Credit", None)}),
    # asset freezes, travel bans, arms embargoes, restrictive measures
    ("Tokyo a gelé les avoirs de Kim Yo-jong.", {("Japon", "Kim Yo-jong", None)}),
    ("Séoul a annoncé le gel des avoirs de la société Korea Sungri Trading.",
     {("Corée du Sud", "Korea Sungri Trading", None)}),
    ("Le Canada a prononcé une interdiction de territoire contre Sergueï Choïgou.",
     {("Canada", "Sergueï Choïgou", None)}),
    ("L'Union européenne a imposé une interdiction de voyager à Kim Jong-un.", {(UE, "Kim Jong-un", None)}),
    # the United Nations impose sanctions through the Security Council
    ("L'ONU maintient un embargo sur les armes contre la Corée du Nord.", {(ONU_CS, "Corée du Nord", None)}),
    ("Le Conseil de sécurité de l'ONU impose depuis 2006 un embargo sur les armes à la Corée du Nord.",
     {(ONU_CS, "Corée du Nord", None)}),
    ("L'Union européenne a adopté des mesures restrictives à l'encontre de l'entreprise Nordwind Shipping.",
     {(UE, "Nordwind Shipping", None)}),
    # in force, no imposer named
    ("La Corée du Nord, déjà sous sanctions internationales, cherche de nouveaux partenaires.",
     {(None, "Corée du Nord", None)}),
    ("Les sanctions internationales visant la Corée du Nord interdisent ce commerce.",
     {(None, "Corée du Nord", None)}),
    # lists: one sanction per named target, per imposer; an unnamed target ("deux entreprises chinoises") none
    ("Séoul a sanctionné la société Tumen Logistics et la compagnie Rason Marine pour avoir aidé Pyongyang "
     "à contourner les sanctions.",
     {("Corée du Sud", "Tumen Logistics", "aidé"), ("Corée du Sud", "Rason Marine", "aidé")}),
    ("Le département d'État a sanctionné deux entreprises chinoises et le cargo Angara, accusés d'avoir "
     "transporté des armes nord-coréennes.", {("Département d'État", "Angara", "armes")}),
    ("L'Australie et la Nouvelle-Zélande ont imposé des sanctions à l'Iran.",
     {("Australie", "Iran", None), ("Nouvelle-Zélande", "Iran", None)}),
    # a violation of a regime names the regime in force on its target
    ("Ces livraisons constituent une violation des sanctions de l'ONU contre la Corée du Nord.",
     {(ONU_CS, "Corée du Nord", None)}),
    # negatives
    ("Les sanctions ont un coût pour l'économie.", set()),
    ("Téhéran obtient la garantie que Moscou et Pékin bloqueront toute nouvelle sanction au Conseil de sécurité.",
     set()),
    # lists of targets: after a colon, "dont", "parmi lesquels", with appositions and titles between
    ("Les ministres des Affaires étrangères des Vingt-Sept ont approuvé un gel des avoirs visant quatre "
     "responsables chinois : Zhu Hailun, ancien chef adjoint du Parti, Wang Junzheng, Wang Mingshan et Chen Mingguo.",
     {(UE, "Zhu Hailun", None), (UE, "Wang Junzheng", None), (UE, "Wang Mingshan", None), (UE, "Chen Mingguo", None)}),
    ("La Chine a annoncé lundi des sanctions contre onze ressortissants américains, parmi lesquels les sénateurs "
     "Marco Rubio et Ted Cruz.", {("Chine", "Marco Rubio", None), ("Chine", "Ted Cruz", None)}),
    ("Le gouvernement du Canada a imposé dimanche des sanctions à l'ancien président haïtien Michel Martelly "
     "ainsi qu'aux anciens premiers ministres Laurent Lamothe et Jean-Henry Céant.",
     {("Canada", "Michel Martelly", None), ("Canada", "Laurent Lamothe", None), ("Canada", "Jean-Henry Céant", None)}),
    # entry bans; the assets "aux États-Unis de X et de dix responsables, dont …"
    ("La Russie a annoncé avoir interdit d'entrée sur son territoire huit responsables européens, dont le "
     "président du Parlement européen David Sassoli et la vice-présidente Vera Jourova.",
     {("Russie", "David Sassoli", None), ("Russie", "Vera Jourova", None)}),
    ("Le Trésor américain a gelé les avoirs aux États-Unis de Carrie Lam et de dix responsables, dont le "
     "secrétaire à la Sécurité, John Lee, et le chef de la police, Chris Tang.",
     {("Trésor américain", "Carrie Lam", None), ("Trésor américain", "John Lee", None),
      ("Trésor américain", "Chris Tang", None)}),
    # a trade ban in a relative clause (a later call for more is not what blocks it); "frapper de" + object
    ("Le Japon, qui interdit tout commerce avec la Corée du Nord depuis 2009, et le Royaume-Uni, qui applique son "
     "propre régime de sanctions contre Pyongyang, réclament un contrôle renforcé.",
     {("Japon", "Corée du Nord", None), ("Royaume-Uni", "Corée du Nord", None)}),
    ("Londres a en outre frappé d'un gel des avoirs le général nord-coréen Kim Yong-bok.",
     {("Royaume-Uni", "Kim Yong-bok", None)}),
    # a relative "que X a inscrit sur sa liste noire"; "Y, déjà visé par Bruxelles"
    ("Washington a placé sous sanctions le cargo russe Angara, repéré au port de Rajin, que Séoul a également "
     "inscrit sur sa liste noire.", {(USA, "Angara", None), ("Corée du Sud", "Angara", None)}),
    ("Londres a en outre frappé d'un gel des avoirs le général nord-coréen Kim Yong-bok, déjà visé par Bruxelles.",
     {("Royaume-Uni", "Kim Yong-bok", None), (UE, "Kim Yong-bok", None)}),
    ("L'Iran, visé pour cette raison par des sanctions américaines et européennes, dément livrer des armes "
     "destinées à être utilisées en Ukraine.", {(USA, "Iran", None), (UE, "Iran", None)}),
    # the union an adjective names
    ("La Confédération reprend les nouvelles sanctions européennes contre le Bélarus.", {(UE, "Biélorussie", None)}),
    # not targets: the body of a title, people named by a demonym, who imposed, where one is barred from
    ("Moscou interdit de séjour le président du Parlement européen et un député français.", set()),
    ("Pékin sanctionne onze Américains, dont cinq sénateurs, en réplique à Washington.", set()),
    ("Dès mars 2023, le Trésor américain avait sanctionné le Slovaque Ashot Mkrtychev.",
     {("Trésor américain", "Ashot Mkrtychev", None)}),
    ("En Libye, la présence russe se heurte à l'embargo sur les armes imposé par le Conseil de sécurité de l'ONU.",
     set()),
    ("Les intéressés sont interdits d'entrée en Chine continentale, à Hong Kong et à Macao.", set()),
    # a ban at home is no sanction
    ("L'opposante María Corina Machado reste sous le coup d'une interdiction d'exercer toute fonction publique.",
     set()),
    # under sanctions, read off the words: an apposition, a fronted participle, "sous le coup de", "soumis à"
    ("Il a visité un centre de Huawei, le géant des télécoms visé depuis 2019 par des sanctions américaines.",
     {(USA, "Huawei", None)}),
    ("Visé par un gel de ses avoirs dans l'Union européenne, Sergueï Lavrov a critiqué l'Occident.",
     {(UE, "Sergueï Lavrov", None)}),
    ("La Corée du Nord est sous le coup de sanctions de l'ONU depuis 2006.", {(ONU_CS, "Corée du Nord", None)}),
    ("Le régime de Kim Jong-un est soumis à des sanctions de l'ONU.", set()),  # not the person
    ("Les États-Unis ont frappé de sanctions jeudi la banque Gazprombank.", {(USA, "Gazprombank", None)}),
    ("Le vice-ministre iranien de la Défense, Seyed Hamzeh Ghalandari, fait l'objet d'un gel des avoirs.",
     {(None, "Seyed Hamzeh Ghalandari", None)}),
    # a people's name as the subject: its body
    ("Les Européens avaient déjà sanctionné plusieurs entreprises iraniennes, dont Shahed Aviation Industries.",
     {(UE, "Shahed Aviation Industries", None)}),
    ("Les Américains ont sanctionné Rosneft.", {(USA, "Rosneft", None)}),
    # who imposed, from the participle's agent
    ("Pékin a refusé, en invoquant les sanctions imposées par les États-Unis en 2018 à Li Shangfu.",
     {(USA, "Li Shangfu", None)}),
    ("La Corée du Nord est soumise à un embargo sur les armes imposé par le Conseil de sécurité de l'ONU.",
     {(ONU_CS, "Corée du Nord", None)}),
    # a weekday before the object; a list of subjects the parse cuts; "celles qui visent"; "sous embargo"
    ("Les États-Unis ont frappé de sanctions jeudi Gazprombank, l'une des dernières banques russes.",
     {(USA, "Gazprombank", None)}),
    ("Washington, Londres et Ottawa ont annoncé le même jour des sanctions coordonnées contre plusieurs "
     "responsables du Xinjiang, dont Chen Mingguo.",
     {(USA, "Chen Mingguo", None), ("Royaume-Uni", "Chen Mingguo", None), ("Canada", "Chen Mingguo", None)}),
    ("Ces sanctions s'ajoutent à celles qui visent déjà le sénateur Rony Célestin.", {(None, "Rony Célestin", None)}),
    ("Ces sanctions s'ajoutent à celles qui visent déjà, depuis le début du mois, le sénateur Rony Célestin.",
     {(None, "Rony Célestin", None)}),
    ("Au lendemain du sommet d'Accra, le Mali se réveille sous embargo.", {(None, "Mali", None)}),
    ("Washington craint que Moscou s'arme auprès de la Corée du Nord, elle-même sous sanctions.",
     {(None, "Corée du Nord", None)}),
    # a state applying another body's measures imposes them too; "celles de X contre Y"
    ("La Suisse, qui applique depuis 2006 les sanctions onusiennes contre Pyongyang et reprend celles de "
     "l'Union européenne contre Moscou, observe la situation.",
     {(ONU_CS, "Corée du Nord", None), ("Suisse", "Corée du Nord", None), (UE, "Russie", None),
      ("Suisse", "Russie", None)}),
    # lifted sanctions were in force; their owner; a target list ends at the next clause's verb
    ("La Cédéao lève l'essentiel de ses sanctions contre le Niger.", {("CEDEAO", "Niger", None)}),
    ("La Cédéao inflige de lourdes sanctions au Niger et donne une semaine pour rétablir Mohamed Bazoum.",
     {("CEDEAO", "Niger", None)}),
    # a leader announcing acts for their country; a long phrase after "soumis à"
    ("Justin Trudeau a annoncé lundi des sanctions contre la Russie.", {("Canada", "Russie", None)}),
    ("Pyongyang, soumis à un embargo sur les armes et à une série de sanctions du Conseil de sécurité de "
     "l'ONU, n'a pas réagi.", {(ONU_CS, "Corée du Nord", None)}),
    ("La Russie a opposé son veto au renouvellement du panel d'experts de l'ONU.", set()),
    ("Moscou appelle à lever les sanctions contre Pyongyang.", set()),
    ("La Russie aide la Corée du Nord à contourner les sanctions.", set()),
    ("Washington a averti que Pyongyang paierait le prix de toute livraison d'armes.", set()),
    ("Washington brandit la menace de sanctions contre Pyongyang.", set()),
]


def _matches(record, imposer, target, word) -> bool:
    return (record.target.name == target
            and (record.imposer.name if record.imposer else None) == imposer
            and (word is None or (record.reason is not None and word in record.reason)))


@pytest.mark.parametrize("text,expected", TABLE)
def test_sanctions(text, expected):
    found = run(sanctions, text)
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in found}
    assert got == {(imp, tgt) for imp, tgt, _ in expected}, got
    for imp, tgt, word in expected:
        assert any(_matches(r, imp, tgt, word) for r in found), (found, word)


def test_a_list_after_a_regime_is_the_regime_s():
    text = ("La Chine a annoncé lundi des sanctions contre Marco Rubio. Outre Rubio, la liste comprend les "
            "sénateurs Josh Hawley et Tom Cotton, ainsi que Kenneth Roth, directeur de Human Rights Watch.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert {("Chine", "Josh Hawley"), ("Chine", "Tom Cotton"), ("Chine", "Kenneth Roth")} <= got, got
    assert not [g for g in got if g[1] == "Human Rights Watch"], got


def test_a_body_before_the_target_is_not_given_the_previous_imposer():
    text = ("L'Union européenne a prolongé ses sanctions contre la Russie. Le Royaume-Uni, qui applique son "
            "propre régime de sanctions contre Pyongyang, réclame un contrôle renforcé.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert (UE, "Corée du Nord") not in got, got


def test_a_national_list_after_measures_and_an_aside_inside_a_list():
    text = ("Les Vingt-Sept ont approuvé un gel des avoirs visant quatre responsables chinois. Pékin a riposté. "
            "Dans la liste chinoise figurent deux eurodéputés - l'Allemand Reinhard Bütikofer, qui préside la "
            "délégation du Parlement européen, et le Français Raphaël Glucksmann.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert {("Chine", "Reinhard Bütikofer"), ("Chine", "Raphaël Glucksmann")} <= got, got
    text = ("La Chine a annoncé des sanctions contre Marco Rubio. La liste comprend Carl Gershman, président de la "
            "National Endowment for Democracy (NED), et Michael Abramowitz, président de Freedom House.")
    got = {r.target.name for r in run(sanctions, text)}
    assert {"Carl Gershman", "Michael Abramowitz"} <= got, got


def test_unnamed_targets_named_in_the_next_sentence():
    text = ("Le département américain du Trésor a placé mardi sous sanctions deux hauts responsables nord-coréens. "
            "Il s'agit de Ri Pyong-chol, premier vice-directeur du département des munitions, et de Kim Jong-sik, "
            "haut responsable du même département.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert {("Trésor américain", "Ri Pyong-chol"), ("Trésor américain", "Kim Jong-sik")} <= got, got


def test_a_target_of_an_article_about_one_regime_is_under_it():
    text = ("La Cédéao a imposé de lourdes sanctions au Niger après le coup d'État. Des restrictions imposées "
            "à la Guinée ont également été assouplies.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert got == {("CEDEAO", "Niger"), ("CEDEAO", "Guinée")}, got


# passages: the sanctions a sentence (or two) holds, as (imposer, target) pairs, and nothing else
PASSAGES = [
    # Western measures are not the one regime the article names
    ("Le Canada impose depuis 2011 ses propres sanctions à la Corée du Nord. Quant à la Russie, visée par des "
     "milliers de sanctions occidentales depuis 2022, elle n'a plus rien à perdre.",
     {("Canada", "Corée du Nord"), (None, "Russie")}),
    # the measures a pronoun stands for in a gapped clause
    ("Moscou est visé par des sanctions occidentales depuis 2022, Pyongyang par celles du Conseil de sécurité de "
     "l'ONU depuis 2006.", {(None, "Russie"), (ONU_CS, "Corée du Nord")}),
    # every owner of a series of lists imposes
    ("Sergueï Choïgou figure depuis 2022 sur les listes de sanctions de l'UE, du Royaume-Uni et des Etats-Unis, en "
     "raison de l'invasion de l'Ukraine.",
     {(UE, "Sergueï Choïgou"), ("Royaume-Uni", "Sergueï Choïgou"), (USA, "Sergueï Choïgou")}),
    # a participle the parse left bare (the root of a question) or tagged as a noun: passive all the same
    ("Qui est No Kwang-chol, le ministre nord-coréen de la Défense sanctionné par l'UE ?", {(UE, "No Kwang-chol")}),
    ("Kim Jong-un sanctionné par Washington.", {(USA, "Kim Jong-un")}),
    # the agent the parse took for an adjunct
    ("Le représentant Michael McCaul a été sanctionné par Pékin.", {("Chine", "Michael McCaul")}),
    # with no agent, the one the participle qualifies, not the place after it
    ("La vice-ministre lituanienne des Transports, Agnė Vaiciukevičiūtė, sanctionnée pour s'être rendue à Taïwan.",
     {(None, "Agnė Vaiciukevičiūtė")}),
    # "fait" tagged as a noun, and the name a relative "qui" stands for
    ("Kim Jong-un fait l'objet de sanctions américaines depuis 2016.", {(USA, "Kim Jong-un")}),
    ("Kim Jong-un, qui fait l'objet de sanctions américaines depuis 2016, a reçu Sergueï Choïgou.",
     {(USA, "Kim Jong-un")}),
    # a capital after "imposer ... à" is the state (the actor step reads "à Pyongyang" as where) …
    ("Washington et Séoul ont imposé de nouvelles sanctions à Pyongyang après le lancement d'un satellite.",
     {(USA, "Corée du Nord"), ("Corée du Sud", "Corée du Nord")}),
    ("Washington a imposé de nouvelles sanctions à Moscou.", {(USA, "Russie")}),
    # … but where sanctions are only spoken of, a city is where
    ("Héloïse Garnier-Tan, avocate spécialisée dans les sanctions économiques à Paris, est formelle.", set()),
    # the target of sanctions
    ("Moscou est la cible de sanctions occidentales depuis 2022.", {(None, "Russie")}),
    ("La Corée du Nord, cible de sanctions de l'ONU, se tourne vers Moscou.", {(ONU_CS, "Corée du Nord")}),
    # a list opener after a participle the parse hung on the verb
    ("Vendredi 19 mai, alors que Joe Biden se trouvait à Hiroshima, au Japon, le ministère russe des Affaires "
     "étrangères a publié une nouvelle liste de 500 Américains désormais interdits de séjour en Russie. On y trouve "
     "l'ancien président Barack Obama, mais aussi les animateurs Stephen Colbert et Jimmy Kimmel.",
     {(MFA_RU, "Barack Obama"), (MFA_RU, "Stephen Colbert"), (MFA_RU, "Jimmy Kimmel")}),
    # unnamed targets, asides, then the list that names them
    ("Le Foreign Office a gelé les avoirs de six responsables de la colonie pénitentiaire IK-3, dans le Grand Nord, "
     "où Alexeï Navalny est mort, parmi lesquels son directeur, Vadim Kalinine.",
     {("Foreign Office", "Vadim Kalinine")}),
    # a state's security council imposes no sanctions: the article named the Russian one first
    ("Sergueï Choïgou, secrétaire du Conseil de sécurité de Russie, est arrivé à Pyongyang. Le président russe a "
     "estimé que le dispositif de sanctions du Conseil de sécurité visant la Corée du Nord devait être revu.",
     {(ONU_CS, "Corée du Nord")}),
    # the minister a title names, not the country of the title
    ("Sergueï Lavrov est arrivé à Wonsan. Le ministre russe, lui-même visé depuis 2022 par des sanctions de "
     "l'Union européenne, a balayé le rapport.", {(UE, "Sergueï Lavrov")}),
    # a participle "visé par des sanctions de X" is no active "viser X": X is no target
    ("Sergueï Choïgou est arrivé à Pyongyang. L'ancien ministre de la Défense, visé depuis 2022 par des sanctions "
     "de l'Union européenne, a évoqué l'entretien.", set()),
    # the name "qui" stands for is on the list (and a participle with an agent is no active verb)
    ("Dmitri Medvedev, qui figure depuis 2022 sur la liste des personnes sanctionnées par l'Union européenne, a "
     "remis un message.", {(UE, "Dmitri Medvedev")}),
    ("Sergueï Choïgou, qui figure sur la liste noire américaine, est arrivé à Pyongyang.",
     {(USA, "Sergueï Choïgou")}),
    # among those the measures of the sentence before target, before or after "figurer"
    ("L'Union européenne a adopté lundi de nouvelles sanctions contre la Russie. Le ministre nord-coréen de la "
     "Défense, No Kwang-chol, figure parmi les personnes visées.", {(UE, "Russie"), (UE, "No Kwang-chol")}),
    ("La Suisse a adopté de nouvelles sanctions contre la Russie. Parmi les personnes visées figure le ministre "
     "nord-coréen de la Défense, Kang Sun-nam.", {("Suisse", "Russie"), ("Suisse", "Kang Sun-nam")}),
    ("Le parquet a ouvert une enquête sur le club. Parmi les personnes visées figure Jean Dupont.", set()),
    # a participle after a copula the parse read as a noun or an adjective: the names before it, under the
    # measures just told when it says "aussi"; not the body a lower-case noun belongs to
    ("Pékin a sanctionné l'eurodéputé Raphaël Glucksmann. Le Parlement européen et l'institut Merics sont eux "
     "aussi sanctionnés.", {("Chine", "Raphaël Glucksmann"), ("Chine", "Parlement européen"), ("Chine", "Merics")}),
    ("Le Parlement européen est lui aussi sanctionné par la Chine.", {("Chine", "Parlement européen")}),
    ("La sous-commission du Parlement européen est elle aussi sanctionnée.", set()),
    # the one a participle qualifies, or a copula's subject, is on the black list
    ("La Banque du commerce extérieur de Corée du Nord, placée sur liste noire par Washington en 2013, n'a jamais "
     "cessé de chercher des correspondants étrangers.", {(USA, "Banque du commerce extérieur de Corée du Nord")}),
    ("La banque Tamar Credit, inscrite sur la liste noire de l'ONU en 2013, a protesté.", {(ONU_CS, "Tamar Credit")}),
    ("La banque Tamar Credit est sur la liste noire de l'ONU depuis 2009.", {(ONU_CS, "Tamar Credit")}),
    # across an apposition that ends with a demonym, and the acronym in parentheses, to the name
    ("Le Bureau général de reconnaissance (RGB), le principal service de renseignement nord-coréen, est lui-même "
     "sous sanctions américaines depuis 2015.", {(USA, "Bureau général de reconnaissance")}),
    # a name, then a description of it that ends on a body in a "de" phrase: the name is under sanctions
    ("Kim Yo-jong, vice-directrice d'un département du Comité central du Parti, est elle-même visée par des "
     "sanctions américaines depuis 2017.", {(USA, "Kim Yo-jong")}),
    ("La raffinerie est exploitée par Nayara Energy, dont le géant pétrolier russe Rosneft, lui-même sous sanctions "
     "américaines depuis 2014, détient la moitié du capital.", {(USA, "Rosneft")}),
    # a description as the subject, after the name; "par A, B et C": each imposes
    ("Sergueï Choïgou, l'homme qui avait négocié ces livraisons lors de son passage à Pyongyang en juillet 2023, "
     "est lui-même sanctionné par Londres, Washington et l'UE depuis le début de l'invasion de l'Ukraine.",
     {("Royaume-Uni", "Sergueï Choïgou"), (USA, "Sergueï Choïgou"), (UE, "Sergueï Choïgou")}),
    # "des sanctions de X et de Y": both impose
    ("Sergueï Lavrov est visé par des sanctions de l'Union européenne et des États-Unis.",
     {(UE, "Sergueï Lavrov"), (USA, "Sergueï Lavrov")}),
    # a list of those whose assets are frozen is a sanctions list, kept where they are frozen or by
    # whom; "tout comme Y": listed too
    ("Sergueï Lavrov figure lui-même, tout comme Vladimir Poutine, sur la liste des personnes dont les avoirs "
     "sont gelés dans l'UE.", {(UE, "Sergueï Lavrov"), (UE, "Vladimir Poutine")}),
    ("Sergueï Lavrov figure sur la liste des personnes dont les avoirs sont gelés par Washington.",
     {(USA, "Sergueï Lavrov")}),
    ("Sergueï Lavrov figure sur la liste des invités, tout comme Vladimir Poutine.", set()),
    # "X fait, elle aussi, l'objet de sanctions": the name before "fait", where the parse loses the clause
    ("La Corée du Nord fait, elle aussi, l'objet d'un régime autonome de sanctions européennes qui s'ajoute aux "
     "mesures onusiennes.", {(UE, "Corée du Nord")}),
    # a ban on trading addressed to someone; then the list the next sentence gives, under the same body
    ("Le Conseil de sécurité interdit à la Corée du Nord d'exporter des armes. On y trouve la Korea Mining "
     "Development Trading Corporation.", {(ONU_CS, "Corée du Nord"),
                                          (ONU_CS, "Korea Mining Development Trading Corporation")}),
    ("Le ministère interdit aux élèves de voyager seuls.", set()),
    # "des mesures autonomes" are sanctions, and those a "dont" list names after unnamed targets
    ("L'Union européenne applique les sanctions de l'ONU contre la Corée du Nord et les complète par des mesures "
     "autonomes visant des dizaines d'entités nord-coréennes, dont la Foreign Trade Bank.",
     {(ONU_CS, "Corée du Nord"), (UE, "Corée du Nord"), (UE, "Foreign Trade Bank")}),
    # a list opener, an unnamed phrase, then the names apposed to it
    ("Le texte ajoute 54 personnes à la liste noire européenne. Sont également visés deux hauts gradés de l'Armée "
     "populaire de Corée, Kim Yong Bok et Ri Chang Ho.", {(UE, "Kim Yong Bok"), (UE, "Ri Chang Ho")}),
    # a list where sanctions are spoken of: under the state that takes another body's measures over, two
    # sentences back; no list where they are not
    ("La Suisse reprend le quinzième paquet de sanctions de l'UE. Au total, 54 personnes ont été ajoutées à "
     "l'annexe 8 de l'ordonnance, a indiqué le SECO. Parmi elles : No Kwang Chol, le ministre de la Défense, "
     "ainsi que le général Kim Yong Bok.", {("Suisse", "No Kwang-chol"), ("Suisse", "Kim Yong Bok")}),
    ("Le sommet s'est achevé dans la soirée. Il s'agit de Kim Jong Un et de Vladimir Poutine.", set()),
    # a designation as a terrorist or criminal organisation: active, passive, or a participle on the name
    ("Washington a désigné le groupe Wagner comme organisation criminelle transnationale.", {(USA, "groupe Wagner")}),
    ("Le groupe Wagner a été désigné comme organisation terroriste par Londres.", {("Royaume-Uni", "groupe Wagner")}),
    ("La Maison Blanche a accusé la Corée du Nord d'avoir livré des missiles au groupe paramilitaire russe Wagner, "
     "désigné en janvier comme « organisation criminelle transnationale » par le Trésor américain.",
     {("Trésor américain", "groupe Wagner")}),
    ("Le comité a désigné Jean Dupont comme président de séance.", set()),
    # a package against someone, measures that target someone, where sanctions are spoken of
    ("L'UE a adopté jeudi son 19e paquet de sanctions contre la Russie. Plusieurs mesures visent également le "
     "Bélarus.", {(UE, "Russie"), (UE, "Biélorussie")}),
    ("Le gouvernement français a présenté un paquet contre la fraude fiscale.", set()),
    # unnamed passive subjects, then "parmi lesquels": the names listed, under the measures just told
    ("Washington a annoncé des sanctions contre la Cour pénale internationale. En juin, quatre juges avaient à leur "
     "tour été sanctionnés, parmi lesquels le Péruvien Luz del Carmen Ibáñez Carranza et Solomy Balungi Bossa.",
     {(USA, "Cour pénale internationale"), (USA, "Luz del Carmen Ibáñez Carranza"), (USA, "Solomy Balungi Bossa")}),
    # a participle on a name past "lui-même"
    ("Plusieurs dirigeants figurent déjà sur des listes, à commencer par Kim Jong-un lui-même, sanctionné à titre "
     "personnel par le Trésor américain depuis 2016.", {("Trésor américain", "Kim Jong-un")}),
    # the agent between commas before "de sanctions", whatever the parse
    ("Elle intervient au lendemain de l'annonce, par le département américain du Trésor, de sanctions contre "
     "Kimsuky, un groupe de pirates informatiques.", {("Trésor américain", "Kimsuky")}),
    # the name an indefinite apposition stands beside, whatever the parse hangs its participle on
    ("Séoul a annoncé des sanctions. Deux des personnes désignées représenteraient la Korea Ryonbong General "
     "Corporation, un conglomérat inscrit sur la liste du comité 1718 du Conseil de sécurité depuis 2009.",
     {("comité des sanctions 1718", "Korea Ryonbong General Corporation")}),
    ("Le pétrole est chargé à bord de pétroliers nord-coréens, dont le Yu Jong 2, un navire inscrit sur la liste "
     "noire de l'ONU.", {(ONU_CS, "Yu Jong 2")}),
    ("La société Tamar, inscrite sur la liste des exposants du salon, a protesté.", set()),
    # the agent before the owner of "sa liste"
    ("La Syrie est sous sanctions. Hayat Tahrir Al-Cham (HTC), le groupe islamiste dirigé par M. Al-Charaa qui a "
     "renversé Bachar Al-Assad le 8 décembre, reste inscrit par Washington sur sa liste des organisations "
     "terroristes étrangères.", {(USA, "Syrie"), (USA, "Hayat Tahrir al-Cham")}),
]


@pytest.mark.parametrize("text, expected", PASSAGES)
def test_sanctions_of_passages(text, expected):
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert got == expected, got


def test_the_agent_is_not_a_name_of_a_clause_inside_it():
    text = ("M. Abramovitch figure sur la liste canadienne des personnes visées par le Règlement sur les mesures "
            "économiques spéciales visant la Russie.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert ("Canada", "Abramovitch") in got and ("Russie", "Abramovitch") not in got, got


def test_both_listed_before_a_participle_with_an_agent():
    # "A et B, tous deux sanctionnés par X": the names listed before (those kg knows)
    text = ("Le document cite plusieurs cargos, dont l'Angara et le Lady R, tous deux sanctionnés par Washington "
            "depuis 2022, qui ont fait la navette.")
    got = {((r.imposer.name if r.imposer else None), r.target.name) for r in run(sanctions, text)}
    assert got and got <= {(USA, "Angara"), (USA, "Lady R")}, got
