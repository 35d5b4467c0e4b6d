#!/usr/bin/env python3
# ruff: noqa: E501  (HTML templates and story text: long lines are the data)
"""Build the small, invented news crawl under ``samples/``.

    python scripts/make_samples.py            # writes samples/
    python scripts/make_samples.py --out DIR  # writes DIR/ (the tests compare)

Everything here is fiction: the outlets, the people, the stories. The output is
deterministic (fixed record ids, dates, gzip mtime=0), so running the script twice
gives byte-identical files as long as zlib and brotli compress the same way; the
versions used are written to ``expected.json``.

What the files hold, and the quirks planted in them, is described in
``samples/README.md``; ``samples/expected.json`` is the machine-readable truth the
tests (and the extraction/dedup tests) check against. WARC records are serialized
by hand here, not through warcio's writer, because some of them are malformed on
purpose (a cut gzip member, a really chunked and gzipped body).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import struct
import sys
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import brotli

# --------------------------------------------------------------------------------------
# The stories (all invented)
# --------------------------------------------------------------------------------------

SHARED_QUOTE = (
    "Nobody wins when the cranes stand still, and today everybody on that waterfront "
    "can get back to work with a contract they can live with"
)

FERRY_TERMINAL = [
    "The long-awaited overhaul of the Port Alder ferry terminal will not be finished until "
    "the spring of 2026, nearly a year later than promised, after a mill in Ohio pushed back "
    "deliveries of the structural steel needed for the new passenger building, county "
    "officials said Monday.",
    "The delay adds at least $3.1 million to a project already budgeted at $48 million, "
    "according to figures presented to the Harbor County Commission. Commissioners did not "
    "vote on the change order but signaled they would approve it at their next meeting on "
    "May 28.",
    "\u201cWe are not happy about this, and I don't think anybody in this room is,\u201d said "
    "Commissioner Dana Whitlock, whose district includes the waterfront. \u201cBut the "
    "alternative is to leave a half-built terminal sitting on the pier through another "
    "winter, and that is worse.\u201d",
    "Roughly 1.4 million passengers a year pass through the terminal, which was built in 1971 "
    "and has not had a significant upgrade since a partial roof replacement in 1998. "
    "Commuters have complained for years about leaking ceilings, a single working elevator "
    "and a waiting room that routinely overflows onto the sidewalk during the evening rush.",
    "Project manager Luis Amaral told commissioners that the contractor, Sound Crest "
    "Builders, had finished the foundation work and the new vehicle holding lanes on "
    "schedule. The problem, he said, is the 212 tons of fabricated steel for the terminal's "
    "upper floor, which were due in March and are now not expected before late August.",
    "\u201cThe mill had an equipment failure and lost about ten weeks of production, and we "
    "are in line behind a lot of other public projects,\u201d Amaral said. He said the county "
    "had looked at alternative suppliers but that switching would require new engineering "
    "drawings and a fresh round of state review, which would take even longer.",
    "In the meantime, the temporary waiting area in the north parking lot will stay open, and "
    "the county plans to add a second covered shelter and portable restrooms before the "
    "summer tourist season begins in June. Ferry schedules will not change.",
    "Some regular riders took the news in stride. \u201cI've been standing in that tent since "
    "last fall, so what's another year,\u201d said Priya Nandakumar, who commutes from Juniper "
    "Island to a job at the hospital. \u201cI just want them to get it right.\u201d",
    "The commission will also hear an update on the separate $6 million dock piling "
    "replacement, which is being paid for with a federal grant and is not affected by the "
    "steel delay, officials said.",
]

DOCK_STRIKE = [
    "Longshore workers at Port Alder's container terminals voted overwhelmingly Tuesday to "
    "accept a new four-year contract, ending an 11-day strike that idled cranes, stranded "
    "dozens of ships in the outer harbor and left cargo piling up on the docks.",
    "Members of Local 417 of the Coastal Longshore Union approved the agreement by a margin of "
    "1,284 to 203, union officials said. Crews were back on the terminals by early afternoon, "
    "and the first container ship to berth since the walkout began, the Hanne Sørensen, tied "
    "up at Terminal 5 shortly after 3 p.m.",
    "The deal raises base wages by 19 percent over four years, adds a second paid rest break "
    "on night shifts and creates a joint committee to review any new automated equipment "
    "before it is installed, a sticking point that had stalled talks since January.",
    "Gov. Ellen Marsh, who had called both sides to a weekend session at the governor's "
    f"residence, welcomed the vote. \u201c{SHARED_QUOTE},\u201d she said in a statement.",
    "For many of the workers leaving the union hall on Front Street, relief was mixed with "
    "exhaustion. \u201cEleven days without a paycheck is a long time when you've got three "
    "kids,\u201d said crane operator Marcus Delgado, who has worked the docks for 22 years. "
    "\u201cBut we held together, and we got the automation language. That was the whole "
    "fight.\u201d",
    "The Harbor County Port Authority said about 40 vessels were waiting at anchor or had been "
    "diverted to other ports during the strike. Executive director Fiona Leclair estimated "
    "it would take two to three weeks to clear the backlog and asked shippers to be patient "
    "as terminals run extra shifts.",
    "Local businesses that depend on the port were counting their own losses. Trucking "
    "companies said drivers had been sent home for days, and the owner of a diner across "
    "from the Terminal 3 gate said her lunch trade had fallen by more than half.",
    "\u201cWe were getting maybe fifteen people a day in here instead of a hundred,\u201d said "
    "Rosa Whitfield, who has run the Gangway Diner since 2009. \u201cI'm going to have to "
    "order a lot more eggs tomorrow.\u201d",
    "The employers' group, the Pacific Terminal Operators Association, said in a brief "
    "statement that the agreement \u201csecures the long-term competitiveness of the port "
    "while recognizing the skill and commitment of the workforce.\u201d",
]

STRIKE_BUDGET = [
    "The end of the 11-day dockworkers' strike in Port Alder likely kept the state from having "
    "to dip into its rainy-day fund this summer, but the walkout will still shave tens of "
    "millions of dollars from tax collections, budget analysts told lawmakers Wednesday.",
    "Testifying before the House Appropriations Committee in Fairhaven, state economist "
    "Gregory Anand said the shutdown of the state's largest container port had delayed "
    "roughly $2.3 billion in goods, most of which will still move once terminals clear the "
    "backlog. The lasting damage, he said, falls mainly on business and occupation taxes and "
    "on sales taxes tied to freight-dependent industries.",
    "\u201cIf this had gone on another three or four weeks, we would be having a very "
    "different conversation,\u201d Anand said. His office's preliminary estimate puts the net "
    "revenue loss at $28 million to $41 million for the fiscal year that ends June 30.",
    "Gov. Ellen Marsh, who brokered the final round of talks, has cast the settlement as a win "
    f"for the state's economy. \u201c{SHARED_QUOTE},\u201d Marsh said after union members "
    "ratified the deal Tuesday.",
    "Republicans on the committee said the episode exposed how dependent the state's budget "
    "has become on a single port. Rep. Carl Jennings of Orchard Falls asked whether the state "
    "should set aside a dedicated reserve for trade disruptions, noting that farmers in his "
    "district had watched shipments of apples and hay sit on the docks for more than a week.",
    "\u201cMy growers don't have a rainy-day fund,\u201d Jennings said. \u201cWhen those boxes "
    "don't move, they eat it.\u201d",
    "Democrats countered that the strike's quick resolution showed that the state's mediation "
    "role worked. Committee chair Nadia Ferreira said she would hold a separate hearing in "
    "June on support for small businesses near the port, several of which reported losing "
    "most of their revenue during the walkout.",
    "The state Department of Revenue will publish updated collection figures on June 10. "
    "Anand said his office would revise its forecast then, once it has actual receipts from "
    "May rather than estimates based on port traffic.",
]

CHERRY_FROST = [
    "When the thermometer outside Hal Brandt's packing shed read 27 degrees at 4 a.m. on May "
    "2, he knew what he would find when the sun came up. By noon, the blossoms on most of his "
    "60 acres of sweet cherries had turned brown at the center, the telltale sign that the "
    "frost had killed the fruit before it ever set.",
    "\u201cThirty-one years I've been doing this, and I have never seen a freeze this late "
    "with the trees this far along,\u201d Brandt said, walking between rows of Bing and "
    "Rainier trees north of Millbrook. \u201cWe ran the wind machines all night. It just "
    "wasn't enough.\u201d",
    "Brandt is one of dozens of growers across the Cedar Valley assessing damage from the "
    "two-night cold snap, which the Cedar Valley Fruit Growers Cooperative now estimates "
    "destroyed 40 to 60 percent of the region's cherry crop. Early-blooming apricots fared "
    "even worse, while most apple and pear orchards, which bloom later, escaped with light "
    "damage.",
    "Cooperative manager Lorraine Okafor said members were still counting, and that the final "
    "tally might not be clear until June, when growers can see how much fruit actually sized "
    "up. \u201cSome blocks that look terrible now will surprise us, and some that look fine "
    "won't,\u201d she said.",
    "The losses come after two strong years that had encouraged several growers to expand. "
    "Tanya Vasquez, who planted 15 new acres of cherries in 2022, said the young trees were "
    "not yet bearing but that the frost would cut deeply into the income she had counted on "
    "from her older blocks to pay for them.",
    "\u201cYou borrow against next year's crop, and then next year's crop is gone,\u201d "
    "Vasquez said. \u201cThat's farming. But it's a hard phone call to make to the bank.\u201d",
    "County extension agent Ben Holloway said growers should document damage now with photos "
    "and bloom counts, which will be needed for crop insurance claims and for any disaster "
    "declaration. The county commission is expected to ask the state agriculture department "
    "to request a federal disaster designation, which would open up low-interest emergency "
    "loans.",
    "Packing houses are also bracing for a slow summer. The Millbrook Fruit Exchange, which "
    "employs about 300 seasonal workers during cherry harvest, said it expects to run shorter "
    "shifts and may start later than usual in June.",
    "For Brandt, the only consolation is that the trees themselves survived. \u201cThey'll "
    "bloom again next spring,\u201d he said. \u201cThat's the thing you hang on to.\u201d",
]

FOUR_DAY_WEEK = [
    "Students at Pine Ridge and Hollis Creek elementary schools will go to class four days a "
    "week starting this fall, after the Cedar Valley School Board voted 4-3 Monday night to "
    "approve a two-year pilot that supporters say will help the district hire and keep "
    "teachers.",
    "Under the plan, the two schools will hold classes Tuesday through Friday, with each day "
    "lengthened by about 50 minutes to keep total instruction time within state "
    "requirements. Mondays will be used for optional tutoring, enrichment programs and "
    "teacher training.",
    "Superintendent Angela Moss told the board that the district had 23 unfilled teaching "
    "positions at the start of this school year, most of them at its smallest and most remote "
    "schools. In a survey last winter, 71 percent of teachers at the two pilot campuses said "
    "a four-day schedule would make them more likely to stay.",
    "\u201cWe are competing with districts that pay more and are closer to town,\u201d Moss "
    "said. \u201cTime is one of the few things we can offer.\u201d",
    "The vote followed more than two hours of public comment, much of it from parents worried "
    "about child care on Mondays. Several said they work in the orchards or at the packing "
    "houses and could not afford to miss a day of work or pay for care.",
    "\u201cI support our teachers, I really do,\u201d said Carla Jimenez, who has two children "
    "at Hollis Creek. \u201cBut nobody has told me where my kids are supposed to go on Monday "
    "at 6 in the morning when I leave for work.\u201d",
    "District officials said the Monday program would be free, would run from 7 a.m. to 5 "
    "p.m., and would include breakfast, lunch and bus service on the regular routes. They "
    "estimated its cost at about $380,000 a year, to be covered in part by savings on "
    "transportation and utilities.",
    "Board member Gary Lindqvist, who voted against the pilot, said research on four-day weeks "
    "was mixed and that he worried about younger students losing ground in reading. The "
    "district plans to compare test scores, attendance and teacher turnover at the pilot "
    "schools with similar schools that keep a five-day week, and the board will review the "
    "results in spring 2026.",
]

BROADBAND = [
    "The state Senate voted 31-17 on Wednesday to create a $150 million grant program to "
    "extend high-speed internet to rural areas, sending the measure to Gov. Ellen Marsh, who "
    "has said she will sign it.",
    "Senate Bill 5207 would pay for up to 75 percent of the cost of laying fiber or building "
    "wireless towers in areas where fewer than half of homes can get speeds of at least 100 "
    "megabits per second. Cooperatives, tribal governments, public utility districts and "
    "private companies would all be eligible to apply.",
    "Sen. Monica Hale, the bill's prime sponsor, said the pandemic had made clear that "
    "internet access was no longer a luxury. \u201cWe had kids doing homework in a fast-food "
    "parking lot because that was the only place they could get a signal,\u201d said Hale, "
    "whose district covers much of the eastern part of the state. \u201cFour years later, "
    "some of those same kids are still doing it.\u201d",
    "An estimated 180,000 households in the state lack access to broadband at those speeds, "
    "according to the state Broadband Office, most of them in counties east of the mountains "
    "and along the coast.",
    "Opponents, most of them Republicans, said they supported the goal but objected to a "
    "provision giving priority to publicly owned networks when two applicants propose to "
    "serve the same area. Sen. Doug Pratt said the rule would put private internet providers "
    "at an unfair disadvantage.",
    "\u201cGovernment should not be picking winners in this market,\u201d Pratt said during "
    "floor debate. An amendment he offered to remove the priority failed on a voice vote.",
    "The program would be run by the Department of Commerce, which would have to award the "
    "first round of grants by March 2025. Projects would have to be finished within three "
    "years of receiving money, and providers would have to offer a low-cost plan for "
    "households that qualify for free school lunches.",
    "The House passed its version of the bill in February. Because the Senate made only minor "
    "changes, which House leaders have agreed to, it does not need to go back for another "
    "vote.",
]

CAPITOL_DOME = [
    "The west entrance of the Capitol in Fairhaven will close on June 3 and stay closed "
    "through Labor Day while crews repair cracked sandstone and replace the copper flashing "
    "around the base of the dome, the Department of Enterprise Services said Thursday.",
    "Visitors, lobbyists and staff will have to use the north and south entrances, where "
    "additional security screening lanes will be set up. Guided tours will continue but will "
    "skip the rotunda balcony on weekdays while scaffolding is in place.",
    "The $11.7 million project is the first major work on the dome since it was reinforced "
    "after an earthquake in 2001. Engineers found last year that water had been seeping "
    "behind the stone in at least a dozen places, loosening mortar and staining the "
    "ceiling murals in the rotunda.",
    "\u201cThe building is safe, but it is 96 years old and it is telling us it needs "
    "attention,\u201d said facilities director Owen Castellano. \u201cThe longer we wait, the "
    "more expensive this gets.\u201d",
    "The department said the work is scheduled around the legislative calendar so that the "
    "scaffolding comes down before lawmakers return in January.",
]

JEEPNEY = [
    "The Metropolitan Transport Franchising Board (MTFB) on Wednesday gave jeepney operators "
    "in Metro Manila six more months to consolidate their individual franchises into "
    "cooperatives, moving the deadline from June 30 to December 31 after weeks of protests by "
    "drivers' groups.",
    "In a memorandum circular signed by board chairman Atty. Renato Villanueva, the MTFB said "
    "operators who file their applications before the new deadline will be allowed to keep "
    "plying their routes while their papers are processed.",
    "\u201cWe listened to the drivers. Many of them want to comply but could not finish the "
    "requirements in time, especially the financial documents,\u201d Villanueva told "
    "reporters at the board's office in Quezon City.",
    "About 38 percent of the estimated 42,000 jeepney franchises in Metro Manila have yet to "
    "be consolidated, according to MTFB data. Consolidation is the first step of the "
    "government's transport modernization program, which will eventually require operators "
    "to replace aging jeepneys with newer units that meet emission standards.",
    "Drivers' groups welcomed the extension but said it did not address their main concern, "
    "the cost of the modern vehicles, which can reach \u20b12.8 million each. \u201cSix months "
    "will not make a \u20b12.8-million jeepney affordable for a driver who earns \u20b1800 a "
    "day,\u201d said Jose \u201cKa Pepe\u201d Alcaraz, president of the Samahan ng mga Tsuper "
    "sa Kalakhang Maynila.",
    "The group said it would continue its campaign to have the modernization program "
    "suspended and reviewed, and did not rule out another transport strike.",
    "The MTFB said it would also open three more help desks in Caloocan, Pasig and Las Piñas "
    "to assist operators with their applications, and that lending programs through "
    "government banks remain available.",
    "Commuters, meanwhile, said they hoped the extension would spare them another round of "
    "stranded mornings. \u201cWhen there is a strike, I walk for an hour to get to work,\u201d "
    "said Liza Ramos, a saleslady in Cubao. \u201cI hope they can just agree.\u201d",
]

CRUE_RHONE = [
    "Les quais bas de Valcreuse resteront fermés au public au moins jusqu'à la fin de la "
    "semaine. La préfecture a placé mardi soir le secteur en vigilance orange crues, après "
    "trois jours de pluies soutenues sur le bassin amont du Rhône et de ses affluents "
    "savoyards.",
    "Mercredi matin, le fleuve atteignait 5,42 mètres à l'échelle du pont Saint-Clair, soit "
    "près de deux mètres au-dessus de son niveau habituel pour la saison. Les services de "
    "l'État s'attendent à un pic dans la nuit de mercredi à jeudi, autour de 5,80 mètres, "
    "avant une décrue lente.",
    "« Nous ne sommes pas dans une situation exceptionnelle, mais elle demande de la "
    "prudence », a expliqué le sous-préfet, Laurent Despiau, lors d'un point presse organisé "
    "à la mairie. « Le courant est très fort et des objets flottants de grande taille "
    "descendent le fleuve. Il ne faut en aucun cas s'approcher des berges. »",
    "Une quarantaine de péniches-logements amarrées au port de l'Écluse ont reçu la consigne "
    "de renforcer leurs amarres. Les pompiers ont procédé à une dizaine de reconnaissances "
    "depuis lundi, sans avoir à évacuer personne pour l'instant.",
    "Sur les quais, la piste cyclable est coupée entre la passerelle des Tanneurs et le parc "
    "de la Confluence. Une déviation par les quais hauts a été mise en place, mais les "
    "cyclistes rencontrés mercredi pestaient contre un balisage jugé insuffisant. « On se "
    "retrouve au milieu des voitures sur le boulevard, ce n'est pas sérieux », regrettait "
    "Martine, qui se rend chaque jour à vélo à son travail.",
    "Les gérants de la guinguette du Bas-Port, dont la terrasse se trouve déjà sous une "
    "cinquantaine de centimètres d'eau, prennent leur mal en patience. « C'est la troisième "
    "fois en quatre ans. On a l'habitude, on a tout remonté dimanche », raconte Karim "
    "Belkacem, qui espère rouvrir pour le week-end de la Pentecôte.",
    "La mairie rappelle que les parkings souterrains du quai Rambaud sont fermés par "
    "précaution et invite les riverains à s'inscrire au système d'alerte par SMS. Un numéro "
    "vert a également été ouvert pour les habitants des rez-de-chaussée du quartier des "
    "Tanneurs, régulièrement touchés par les remontées de nappe.",
]

MARCHE_COUVERT = [
    "Il aura fallu vingt-six mois de chantier, et quelques sueurs froides, mais les halles de "
    "la place des Cordeliers ont enfin rouvert, ce jeudi matin, sous les applaudissements "
    "d'une petite foule venue dès 7 heures.",
    "Construit en 1896, le marché couvert de Valcreuse avait fermé en mars 2022 pour une "
    "rénovation complète : reprise de la charpente métallique, nouvelle verrière, mise aux "
    "normes des installations électriques et création d'une mezzanine. Le coût total atteint "
    "9,6 millions d'euros, contre 7,2 millions prévus initialement.",
    "« Nous avons découvert en cours de chantier que plusieurs poutres étaient bien plus "
    "corrodées que ce que laissaient penser les diagnostics », a reconnu l'adjointe au "
    "commerce, Sophie Lacombe, qui assume ce dépassement. « Il n'était pas question de "
    "rouvrir un bâtiment qui ne serait pas sûr pour les cinquante prochaines années. »",
    "Vingt-huit commerçants ont pris place dans les nouveaux étals, dont dix-neuf qui "
    "occupaient déjà les halles avant les travaux. Pendant la fermeture, ils s'étaient "
    "installés sous des barnums sur le parking voisin, une solution provisoire qui a fait "
    "chuter leur chiffre d'affaires d'un tiers, selon l'association des commerçants.",
    "« L'hiver sous la tente, je ne le souhaite à personne », sourit Gérard Pellissier, "
    "fromager depuis trente ans dans les halles. « Mais là, regardez : on a de la lumière, on "
    "a de la place, les clients vont revenir. »",
    "Parmi les nouveaux venus figurent un écailler, une torréfactrice de café et un traiteur "
    "libanais. La mezzanine accueillera à partir de juin un espace de restauration d'une "
    "quarantaine de places assises, confié par appel d'offres à deux jeunes restaurateurs "
    "du quartier.",
    "Les halles sont désormais ouvertes du mardi au dimanche, de 7 heures à 13 h 30, ainsi que "
    "les vendredis et samedis soir jusqu'à 21 heures. Une fête d'inauguration, avec concert "
    "et dégustations, est prévue le samedi 25 mai.",
]

GREENWAY = [
    "Councillors in the Ballykeel Municipal District have voted to press ahead with a \u20ac4.2 "
    "million greenway along the disused Ennisbrook railway line, despite objections from a "
    "group of landowners who say the route would cut through working farms.",
    "The 19km walking and cycling trail, which would link Ballykeel with the village of "
    "Carrowmore, was approved by nine votes to three at Monday\u2019s monthly meeting after a "
    "debate that ran for almost two hours.",
    "Cllr Siobhán Keating, who proposed the motion, said the greenway would bring \u201ctens "
    "of thousands of visitors\u201d a year to an area that had lost its bank, its Garda "
    "station and two of its pubs in the past decade. \u201cThis is the best chance we\u2019ve "
    "had in a generation to give people a reason to stop here rather than drive through,"
    "\u201d she said.",
    "The project is being funded almost entirely through the national active travel "
    "programme, with the council contributing \u20ac310,000 from its own resources.",
    "But the Ennisbrook Landowners Group, which represents 14 farming families along the "
    "route, said its members had not been properly consulted. \u201cNobody is against "
    "tourism,\u201d said the group\u2019s spokesman, dairy farmer Pádraig Hehir. \u201cBut you "
    "can\u2019t put a public path through the middle of a farmyard and expect that to work "
    "\u2013 not with cattle crossing twice a day, and not with dogs off the lead.\u201d",
    "Council engineer Maura Quinlan said the design included 23 underpasses and gated "
    "crossings and that the route had been moved at four locations following last "
    "year\u2019s public consultation. She said the council would continue to negotiate with "
    "individual landowners and hoped to avoid compulsory purchase orders.",
    "Cllr Tom Reidy, who voted against the motion, said the estimated cost had risen by "
    "\u20ac1.1 million since the project was first proposed in 2021 and warned that it could "
    "rise again. \u201cWe\u2019ve all seen what happens to these budgets once the diggers "
    "arrive,\u201d he said.",
    "If the plans are approved, construction could begin in autumn 2025, with the first "
    "section between Ballykeel and Drumcullen open by the summer of 2026.",
]

WATASHI_BUNE = [
    "汐見市は15日、老朽化のため2021年から運休していた市営渡船「みなと渡し」について、"
    "新造船2隻を導入し、7月1日から定期運航を再開すると発表した。約3年ぶりの再開となり、"
    "通勤や通学に利用してきた住民からは喜びの声が上がっている。",
    "みなと渡しは、東港区と対岸の西浜区を結ぶ約600メートルの航路で、1950年代から運航が"
    "続いてきた。運休前は1日平均約1800人が利用し、自転車と一緒に乗船できることから、"
    "工場へ通う人や高校生の足として親しまれてきた。",
    "市によると、新しい船は定員80人で、自転車20台を積むことができる。車いすのまま乗り降り"
    "できるよう乗降口の段差をなくしたほか、冷暖房も備えた。建造費は2隻で約4億2千万円。"
    "運賃はこれまでと同じく無料とする。",
    "運休中は代わりにバスを運行していたが、橋を大きく迂回するため所要時間が30分以上かかり、"
    "利用者からは早期の再開を求める声が相次いでいた。西浜区の工場に勤める会社員の男性"
    "（46）は「毎朝バスに乗るたびに、目の前の海を船で渡れたらと思っていた。再開は本当に"
    "ありがたい」と話した。",
    "一方、市の財政負担を懸念する声もある。渡船事業の運営費は年間約1億5千万円にのぼり、"
    "市議会の一部会派は「利用者数の見通しを示すべきだ」と指摘している。市の担当者は"
    "「観光客の利用も見込んでおり、湾岸地域の魅力づくりにつなげたい」と説明した。",
    "運航は午前6時から午後9時までで、朝夕の混雑時は15分間隔とする予定。市は再開に先立ち、"
    "6月29日と30日に市民向けの試乗会を開く。申し込みは市のホームページで受け付けている。",
]

# The wire story (AFP-style), as the agency sent it.
AFP_FERRIES = [
    "MANILA (AFP) - The Philippines will double the number of passenger ferries on Manila's "
    "Pasig River by the end of next year, officials said Tuesday, as the government turns to "
    "the long-neglected waterway to ease some of the worst traffic in Asia.",
    "The river ferry service, which now runs 14 boats between the old walled city of "
    "Intramuros and the eastern city of Pasig, will add 16 new air-conditioned vessels and "
    "five new stations, said Rogelio Santos, head of the government's Pasig River Ferry "
    "Office.",
    "\"The river is the only road in Manila that has no traffic jams,\" Santos told AFP. \"We "
    "have been ignoring it for fifty years.\"",
    "Metro Manila, a sprawling capital region of more than 13 million people, regularly ranks "
    "among the most congested cities in the world, with commuters routinely spending three "
    "hours or more a day on the road.",
    "The 25-kilometre (16-mile) ferry route carried just 1.2 million passengers last year, a "
    "fraction of the daily ridership of the capital's overcrowded elevated railways, in part "
    "because boats were unreliable and stations hard to reach.",
    "Officials said the new boats, built by a shipyard in Cebu, would cut waiting times to 15 "
    "minutes during rush hour and that fares would remain at 50 pesos (about 90 US cents) for "
    "the longest trip.",
    "The Pasig, once the commercial artery of the Spanish colonial capital, was declared "
    "biologically dead in the 1990s after decades of industrial waste and sewage poured into "
    "it. A clean-up campaign has since relocated thousands of informal settler families from "
    "its banks and restored some stretches.",
    "Environmental groups cautiously welcomed the expansion but warned that water quality "
    "remains poor in several tributaries. \"More people on the river means more people who "
    "care about it, and that is a good thing,\" said Ana Lumbera of the Manila Waterways "
    "Coalition.",
    "Commuter Jerome Dizon, who takes the ferry from Guadalupe to Escolta, said the ride took "
    "35 minutes compared with nearly two hours by bus. \"The only problem is there are not "
    "enough boats,\" he said. \"Sometimes you wait longer than you ride.\"",
]
AFP_EDITORS_NOTE = (
    "Editor's note: An earlier version of this story misstated the fare for the longest "
    "ferry trip. It is 50 pesos, not 15 pesos."
)
AFP_UPDATE = (
    "On Wednesday, the transportation department said the first four of the new boats would "
    "be delivered in October, and that a sixth new station near the Lambingan Bridge in "
    "Santa Ana was being studied after requests from residents."
)

# The second, shorter wire story (Reuters-style).
REUTERS_BUSES = [
    "LONDON (Reuters) - Meridian Coachways, Britain's largest privately owned bus operator, "
    "said on Wednesday it would convert a third of its 6,200-vehicle fleet to battery-electric "
    "buses by 2028, in a deal worth about 1.1 billion pounds ($1.38 billion) with two "
    "manufacturers.",
    "The company, which runs city and regional services across England and Wales, said it had "
    "ordered 1,400 single- and double-decker buses from Coventry-based Ashbourne Vehicles and "
    "a Dutch supplier it did not name.",
    "Chief executive Helen Carraway said the switch would cut the group's diesel bill by "
    "around 60 million pounds a year once complete and that charging depots were already "
    "being built at 11 garages. \"The economics have changed faster than anyone expected,\" "
    "she told reporters on a call.",
    "Meridian's shares rose 4.2% in early trading in London, outperforming the FTSE 250 "
    "midcap index, which was up 0.3%.",
    "The government has set a target for all new buses in England to be zero-emission by "
    "2032, and has offered grants to local authorities to help operators meet the higher "
    "upfront cost of electric vehicles.",
    "Analysts at Harcourt Lyle said the order was the largest single commitment to electric "
    "buses by a British operator, though they cautioned that grid connections for depots "
    "remained a bottleneck across the industry.",
]
REUTERS_CREDIT = "(Reporting by Sarah Whitcombe; Editing by Mark Ellery)"


def curly(text: str) -> str:
    """Straight double and single quotes to typographic ones (what some desks do)."""
    out, opened = [], False
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        elif ch == "'":
            prev = text[i - 1] if i else " "
            out.append("\u2019" if prev.isalnum() else "\u2018")
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------------------
# Outlets and their page templates
# --------------------------------------------------------------------------------------


@dataclass
class Story:
    key: str
    outlet: str
    url: str
    title: str
    authors: list[str]
    published: str  # ISO 8601 with the outlet's offset
    section: str
    paragraphs: list[str]
    language: str = "en"
    kind: str = "original"  # original | wire-original | wire-copy
    cluster: str | None = None
    edits: str = ""
    charset: str = "utf-8"


def t(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


def paras(story: Story, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{t(p)}</p>" for p in story.paragraphs)


def jsonld(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")


OTHER = {
    "harborgazette": [
        ("/news/2024/05/12/harbor-seals-alder-point/", "Harbor seals return to the rocks off Alder Point",
         "Biologists counted 212 seals on the haul-out last week, the most since surveys began in 1994."),
        ("/news/2024/05/11/front-street-food-hall-tenants/", "Front Street food hall signs its first six tenants",
         "A noodle bar, a bakery and a fishmonger are among the businesses moving into the old cannery."),
        ("/news/2024/05/10/mariners-memorial-new-names/", "Mariners' memorial gets new names after 40-year wait",
         "Families gathered Saturday as eleven fishermen lost at sea were finally added to the wall."),
        ("/sports/2024/05/12/port-alder-rowers-nationals/", "Port Alder High rowers head to nationals",
         "The girls' eight won the regional title by more than four seconds."),
        ("/news/2024/05/09/council-delays-short-term-rental-vote/", "Council delays vote on short-term rental limits",
         "Members asked staff for more data on how many homes are rented by the night."),
        ("/weather/2024/05/08/king-tides-low-lying-streets/", "What this week's king tides mean for low-lying streets",
         "Water could top the seawall on Bayview Avenue during Thursday's morning high tide."),
    ],
    "valleyherald": [
        ("/story/local/millbrook-library-expansion-breaks-ground-20240510", "Millbrook library expansion breaks ground",
         "The $4.8 million addition will double the children's room and add a maker space."),
        ("/story/agriculture/hay-prices-climb-drought-watch-20240509", "Hay prices climb as drought watch expands",
         "Ranchers say they are paying 30 percent more than last spring for alfalfa."),
        ("/story/local/valley-fair-adds-rodeo-night-20240508", "Cedar Valley fair adds a rodeo night",
         "Organizers hope the Friday event will draw visitors from across the region."),
        ("/story/agriculture/irrigation-district-raises-rates-20240507", "Irrigation district raises rates 8 percent",
         "Board members blamed aging canals and higher power costs for the increase."),
        ("/story/agriculture/farmworker-housing-grant-20240506", "Farmworker housing project wins state grant",
         "The 48-unit complex near Millbrook is expected to open in 2026."),
    ],
    "capitalledger": [
        ("/politics/2024/05/14/ferry-contract-cost-questions/", "Lawmakers question cost of new ferry contract",
         "A $612 million deal for three hybrid ferries drew sharp questions in committee."),
        ("/politics/2024/05/13/ethics-board-fines-lobbyist/", "Ethics board fines former lobbyist $12,000",
         "The board found he failed to report gifts to legislative staff over two sessions."),
        ("/politics/2024/05/12/treasurer-warns-sales-tax/", "Treasurer warns of slowing sales tax growth",
         "Collections grew 1.9 percent in April, the weakest month in three years."),
        ("/politics/2024/05/10/redistricting-hearings-scheduled/", "Redistricting commission schedules public hearings",
         "Ten hearings will be held across the state this summer, starting in Orchard Falls."),
    ],
    "pacificbulletin": [
        ("/metro/odd-even-scheme-weekends/", "Metro council to pilot odd-even scheme on weekends",
         "The scheme will cover the main ring road from 7 a.m. to 7 p.m. starting June 1."),
        ("/nation/rains-ease-heat-index-luzon/", "Rains expected to ease heat index in Luzon",
         "The weather bureau said scattered thunderstorms would bring relief by the weekend."),
        ("/metro/quezon-city-new-libraries/", "Quezon City opens 12 new barangay libraries",
         "Each library has free Wi-Fi and a reading corner for young children."),
    ],
    "lecourrierdurhone": [
        ("/valcreuse/piscine-saint-clair-reouverture_4790.html", "Valcreuse : la piscine Saint-Clair rouvrira le 1er juin",
         "Après un hiver de travaux, le bassin olympique retrouve ses nageurs."),
        ("/sports/cyclisme-valcreuse-ville-etape_4801.html", "Cyclisme : Valcreuse sera ville-étape en 2025",
         "La ville accueillera l'arrivée d'une étape de montagne l'été prochain."),
        ("/valcreuse/bus-gratuits-samedi_4806.html", "Le conseil municipal vote la gratuité des bus le samedi",
         "La mesure entrera en vigueur à la rentrée de septembre."),
    ],
    "shannonpost": [
        ("/sport/2024/05/14/ballykeel-gaa-new-pitch.html", "Ballykeel GAA club unveils new all-weather pitch",
         "The \u20ac650,000 facility was opened on Sunday in front of a crowd of 400."),
        ("/news/2024/05/13/heritage-week-events.html", "Heritage Week events announced for the district",
         "Walking tours, a vintage tractor run and a ceilí are among this year\u2019s highlights."),
    ],
    "kansaishimpo": [
        ("/news/20240515/shitetsu-natsu-daiya.html", "関西の私鉄各社、夏の臨時ダイヤを発表",
         "花火大会や海水浴シーズンに合わせ、臨時列車を増発する。"),
        ("/news/20240514/shiomi-hanabi.html", "汐見港の花火大会、今年は8月3日に開催",
         "打ち上げ数は昨年より2千発多い約1万2千発を予定している。"),
    ],
    "worldwirefeed": [
        ("/afp/2024/05/14/indonesia-volcano-flights", "Indonesia reopens airport after volcanic ash clears",
         "Flights resumed on Tuesday after a two-day closure."),
        ("/reuters/2024/05/14/euro-zone-growth", "Euro zone growth edges up in first quarter",
         "Revised figures showed output rising 0.3% from the previous quarter."),
    ],
}

HG_COMMENTS = [
    ("TideWatcher88", "2 hours ago",
     "Thanks for covering this. The county never tells us anything until it's already decided."),
    ("Marge P.", "1 hour ago",
     "I remember when this town could build things on time. Those days are long gone."),
    ("northshore_dave", "45 minutes ago",
     "Read the whole article before commenting, folks. It's explained in paragraph five."),
]


def harbor_gazette(story: Story) -> str:
    """<article> + JSON-LD NewsArticle (articleBody, datePublished, author)."""
    base = "https://www.harborgazette.com"
    byline_people = [{"@type": "Person", "name": n} for n in story.authors]
    if story.kind == "wire-copy":
        byline_people = [{"@type": "Organization", "name": "Agence France-Presse"}]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.published,
        "dateModified": story.published,
        "author": byline_people,
        "publisher": {"@type": "Organization", "name": "Harbor Gazette",
                      "logo": {"@type": "ImageObject", "url": base + "/static/img/gazette-logo.png"}},
        "mainEntityOfPage": story.url,
        "articleSection": story.section,
        "articleBody": "\n\n".join(story.paragraphs),
    }
    who = " and ".join(f'<a href="/staff/{n.lower().replace(" ", "-")}/">{t(n)}</a>'
                       for n in story.authors)
    if story.kind == "wire-copy":
        who = "Agence France-Presse"
    when = datetime.fromisoformat(story.published)
    shown = fmt(when, "%B %-d, %Y at %-I:%M ") + ("a.m." if when.hour < 12 else "p.m.")
    related = "\n".join(f'<li><a href="{u}">{t(h)}</a></li>' for u, h, _ in OTHER["harborgazette"][:4])
    nu, nh, nb = OTHER["harborgazette"][0]
    comments = "\n".join(
        f'<li class="comment"><div class="comment-meta"><span class="comment-author">{t(n)}</span> '
        f'<span class="comment-time">{t(w)}</span></div><p class="comment-text">{t(c)}</p>'
        '<div class="comment-actions"><a href="#">Reply</a> <a href="#">Report</a></div></li>'
        for n, w, c in HG_COMMENTS)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(story.title)} | Harbor Gazette</title>
<meta name="description" content="{a(story.paragraphs[0][:150])}">
<link rel="canonical" href="{story.url}">
<link rel="stylesheet" href="/static/css/gazette.css">
<script type="application/ld+json">
{jsonld(ld)}
</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"{a(story.section)}","paywall":"metered"}});</script>
</head>
<body class="article-page section-{story.section.lower()}">
<div id="cookie-consent" class="cookie-banner" role="dialog">
<p>We use cookies and similar technologies to personalise content, measure traffic and show you relevant ads. By clicking \u201cAccept all\u201d you agree to our use of cookies. You can change your choice at any time under Privacy Settings.</p>
<button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="site-header">
<a class="logo" href="/"><img src="/static/img/gazette-logo.png" alt="Harbor Gazette" width="16" height="16"> Harbor Gazette</a>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li><a href="/waterfront/">Waterfront</a></li>
<li><a href="/business/">Business</a></li><li><a href="/world/">World</a></li><li><a href="/sports/">Sports</a></li>
<li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/weather/">Weather</a></li>
<li><a href="/e-edition/">e-Edition</a></li><li class="cta"><a href="/subscribe/">Subscribe for $1</a></li>
</ul>
</nav>
<form class="site-search" action="/search/"><input type="search" name="q" placeholder="Search the Gazette"></form>
</header>
<main id="content">
<article class="story">
<header class="story-header">
<p class="kicker"><a href="/{story.section.lower()}/">{t(story.section)}</a></p>
<h1 class="headline">{t(story.title)}</h1>
<p class="byline">By {who}</p>
<p class="dateline"><time datetime="{story.published}">{shown}</time></p>
</header>
<div class="share-tools"><span>Share this story:</span> <a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a> <a class="share-li" href="#">LinkedIn</a> <a class="share-mail" href="#">Email</a> <a class="share-copy" href="#">Copy link</a> <a class="share-print" href="#">Print</a></div>
<figure class="lead-image"><img src="/static/img/gazette-logo.png" alt=""><figcaption>File photo. (Harbor Gazette)</figcaption></figure>
<div class="story-body">
{paras(story)}
</div>
<p class="story-tags">Tags: <a href="/tag/{story.section.lower()}/">{t(story.section)}</a> <a href="/tag/port-alder/">Port Alder</a></p>
</article>
<aside class="donate-box">
<h2>We need your help</h2>
<p>Local journalism costs money, and the Harbor Gazette relies on readers like you. If everyone who read this story gave just $5, we could fund a year of reporting on the waterfront.</p>
<ul class="amounts"><li>$5 Billed Once</li><li>$10 Billed Once</li><li>$25 Billed Once</li><li>Other amount</li></ul>
<p class="pay">Pay securely with credit card or paypal. Contributions are not tax deductible.</p>
</aside>
<section class="related-links">
<h2>Related Links</h2>
<ul>
{related}
</ul>
</section>
<div class="next-story">
<h3>Up next</h3>
<p><a href="{nu}">{t(nh)}</a> {t(nb)} <a class="more" href="{nu}">read more</a></p>
</div>
<section id="comments" class="comments">
<h2>Comments ({len(HG_COMMENTS)})</h2>
<p class="comment-policy">Comments are moderated. Please keep it civil.</p>
<ol class="comment-list">
{comments}
</ol>
<form class="comment-form"><textarea placeholder="Join the conversation"></textarea><button>Post comment</button></form>
</section>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li>
<li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/privacy/#cookies">Cookie Settings</a></li><li><a href="/accessibility/">Accessibility</a></li></ul>
<p>Harbor Gazette, 410 Front Street, Port Alder. \u00a9 2024 Harbor Gazette Media LLC. All rights reserved.</p>
</footer>
<script src="/static/js/gazette.min.js" defer></script>
</body>
</html>
"""


def harbor_home() -> str:
    base = "https://www.harborgazette.com"
    items = list(STORIES_BY_OUTLET["harborgazette"]) + [
        (u, h, b) for u, h, b in OTHER["harborgazette"]]
    cards = []
    for n, it in enumerate(items):
        if isinstance(it, Story):
            u, h, b = it.url.replace(base, ""), it.title, it.paragraphs[0][:140].rsplit(" ", 1)[0] + "\u2026"
        else:
            u, h, b = it
        cls = "card lead" if n == 0 else "card"
        cards.append(f'<div class="{cls}"><h2><a href="{u}">{t(h)}</a></h2><p>{t(b)}</p>'
                     f'<a class="more" href="{u}">read more</a></div>')
    cards_html = "\n".join(cards)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Harbor Gazette | News for Port Alder and Harbor County</title>
<meta property="og:type" content="website">
<link rel="canonical" href="{base}/">
<link rel="stylesheet" href="/static/css/gazette.css">
</head>
<body class="home">
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to personalise content and ads. <button>Accept all</button> <button>Manage preferences</button></p></div>
<header class="site-header"><a class="logo" href="/"><img src="/static/img/gazette-logo.png" alt="Harbor Gazette"></a>
<nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li><a href="/business/">Business</a></li><li><a href="/world/">World</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<main class="front">
<section class="top-stories"><h1 class="visually-hidden">Top stories</h1>
{cards_html}
</section>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/news/2024/05/10/mariners-memorial-new-names/">Mariners' memorial gets new names</a></li><li><a href="/weather/2024/05/08/king-tides-low-lying-streets/">King tides and low-lying streets</a></li></ol></aside>
<aside class="donate-box"><h2>We need your help</h2><p>$5 Billed Once \u00b7 $10 Billed Once \u00b7 $25 Billed Once. Give by credit card or paypal.</p></aside>
</main>
<footer class="site-footer"><p>\u00a9 2024 Harbor Gazette Media LLC. <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Use</a></p></footer>
</body>
</html>
"""


VH_NAV = ["Home", "Local", "Agriculture", "Education", "Sports", "World", "Obituaries", "Classifieds",
          "Contact"]


def vh_chrome(title: str, inner: str, body_class: str) -> str:
    nav = "".join(f'<div class="menu-item"><a href="/{n.lower()}/">{n}</a></div>' for n in VH_NAV)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{t(title)} - Valley Herald</title>
<meta name="description" content="Cedar Valley news, sports and weather">
<link rel="stylesheet" type="text/css" href="/css/herald-2019.css?v=41">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body class="{body_class}">
<div id="wrapper">
<div class="cookie-notice" id="cookieNotice"><span>This site uses cookies. By continuing to browse you agree to our use of cookies as described in our cookie policy.</span> <a class="cookie-ok" href="javascript:void(0)">Got it</a></div>
<div class="topbar"><div class="topbar-date">Cedar Valley's hometown paper since 1911</div><div class="topbar-links"><a href="/login">Log in</a> | <a href="/subscribe">Subscribe</a></div></div>
<div class="masthead"><a href="/"><img src="/images/vh-masthead.png" alt="Valley Herald"></a></div>
<div class="menu-main">{nav}</div>
<div class="content-area">
{inner}
</div>
<div class="footer">
<div class="footer-col"><div class="footer-title">Valley Herald</div><div>112 Main St., Millbrook</div><div>Phone: (555) 014-2290</div></div>
<div class="footer-col"><a href="/about">About</a><br><a href="/advertise">Advertise</a><br><a href="/privacy">Privacy</a><br><a href="/terms">Terms</a></div>
<div class="copyright">Copyright 2024 Valley Herald Publishing Co. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div>
</div>
</div>
</body>
</html>
"""


VH_COMMENTS = [
    ("Orchard Girl", "It was 25 degrees at our place. Heartbreaking to walk the rows the next day."),
    ("R. Lindgren", "Good story. Would like to know what the county plans to do about it."),
]


def valley_herald(story: Story) -> str:
    """Div soup with class names; no structured metadata beyond <title>."""
    when = datetime.fromisoformat(story.published)
    shown = fmt(when, "Posted %A, %B %-d, %Y | %-I:%M ") + ("AM" if when.hour < 12 else "PM")
    who = ", ".join(story.authors)
    byline = (f'<div class="byline-wrap"><span class="by">By</span> <a class="author-link" '
              f'href="/staff/{story.authors[0].split()[-1].lower()}">{t(who)}</a> '
              f'<span class="author-title">Herald staff writer</span></div>')
    if story.kind == "wire-copy":
        byline = '<div class="byline-wrap"><span class="by">By</span> <span class="wire-credit">AFP</span></div>'
    body = "\n".join(f'<div class="story-para">{t(p)}</div>' if i % 3 else f"<p>{t(p)}</p>"
                     for i, p in enumerate(story.paragraphs))
    related = "\n".join(f'<div class="rel-item"><a href="{u}">{t(h)}</a></div>'
                        for u, h, _ in OTHER["valleyherald"][:3])
    tu, th, tb = OTHER["valleyherald"][1]
    comments = "\n".join(f'<div class="cmt"><div class="cmt-name">{t(n)}</div><div class="cmt-body">{t(c)}</div>'
                         f'<div class="cmt-tools">Like \u00b7 Reply \u00b7 Flag</div></div>'
                         for n, c in VH_COMMENTS)
    inner = f"""<div class="main-col">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/{story.section.lower()}/">{t(story.section)}</a></div>
<div class="story-wrap">
<div class="story-head"><h2 class="entry-title">{t(story.title)}</h2></div>
{byline}
<div class="post-meta"><span class="post-date">{shown}</span></div>
<div class="share-bar"><span class="share-lbl">SHARE:</span> <a class="sh-fb" href="#">f</a> <a class="sh-tw" href="#">t</a> <a class="sh-in" href="#">in</a> <a class="sh-em" href="#">email</a> <a class="sh-pr" href="#">print</a></div>
<div class="story-text">
{body}
</div>
<div class="support-box"><div class="support-head">Support the Valley Herald</div><div class="support-text">We need your help to keep local news free for everyone in the valley. $5 Billed Once &middot; $15 Billed Once &middot; $50 Billed Once. Give with credit card or paypal.</div></div>
<div class="related-box"><div class="related-head">Related Links</div>
{related}
</div>
<div class="more-from"><div class="more-head">MORE FROM THE HERALD</div><div class="more-item"><a href="{tu}">{t(th)}</a> {t(tb)} <a class="readmore" href="{tu}">read more</a></div></div>
<div class="comments-box"><div class="comments-head">Join the discussion ({len(VH_COMMENTS)} comments)</div>
{comments}
</div>
</div>
</div>
<div class="side-col"><div class="widget"><div class="widget-title">Weather</div><div>Millbrook: 61\u00b0 Partly cloudy</div></div>
<div class="widget"><div class="widget-title">Most Popular</div><div><a href="{OTHER['valleyherald'][0][0]}">{t(OTHER['valleyherald'][0][1])}</a></div></div></div>"""
    return vh_chrome(story.title, inner, "single-story")


def valley_tag_page() -> str:
    base = "https://news.valleyherald.net"
    items = [(s.url.replace(base, ""), s.title, s.paragraphs[0][:120].rsplit(" ", 1)[0] + "...")
             for s in STORIES_BY_OUTLET["valleyherald"] if s.section == "Agriculture"]
    items += [o for o in OTHER["valleyherald"] if "/agriculture/" in o[0]]
    rows = "\n".join(f'<div class="list-item"><div class="list-title"><a href="{u}">{t(h)}</a></div>'
                     f'<div class="list-blurb">{t(b)} <a class="readmore" href="{u}">read more</a></div></div>'
                     for u, h, b in items)
    inner = f"""<div class="main-col"><div class="tag-head"><h2>Tag: agriculture</h2><div class="tag-count">{len(items)} stories</div></div>
{rows}
<div class="pager"><a href="/tag/agriculture/page/2/">Older stories &raquo;</a></div>
</div>"""
    return vh_chrome("agriculture", inner, "tag-archive")


def valley_404() -> str:
    inner = """<div class="main-col"><div class="error-box"><h2>Page not found</h2>
<div>Sorry, the story you are looking for has been moved or is no longer available. Try our <a href="/search">search</a>.</div></div></div>"""
    return vh_chrome("Page not found", inner, "error404")


CL_NAV = [("Politics", "/politics/"), ("Business", "/business/"), ("Courts", "/courts/"),
          ("Education", "/education/"), ("Environment", "/environment/"), ("Opinion", "/opinion/"),
          ("Newsletters", "/newsletters/"), ("Donate", "/donate/")]


def cl_chrome(title: str, inner: str, head_extra: str = "") -> str:
    nav = "\n".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{n}</a></li>' for n, u in CL_NAV)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{t(title)} \u2014 The Capital Ledger</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="https://www.thecapitalledger.org/assets/ledger.css">
{head_extra}
</head>
<body>
<div class="gdpr-consent" data-consent="pending">
<p>The Capital Ledger uses cookies to understand how readers use our site and to improve it. We do not sell your data. <a href="/privacy/">Learn more</a></p>
<button type="button" data-choice="accept">Accept</button><button type="button" data-choice="reject">Reject non-essential</button>
</div>
<header class="masthead">
<a class="brand" href="/">The Capital Ledger</a>
<p class="tagline">Nonprofit news from the statehouse</p>
<nav class="primary"><ul class="nav">
{nav}
</ul></nav>
</header>
{inner}
<footer class="colophon">
<nav class="footer-nav"><a href="/about/">About</a> \u00b7 <a href="/staff/">Staff</a> \u00b7 <a href="/ethics/">Ethics policy</a> \u00b7 <a href="/republish/">Republish our stories</a> \u00b7 <a href="/privacy/">Privacy</a></nav>
<p>The Capital Ledger is a nonprofit newsroom. \u00a9 2024 Capital Ledger Foundation.</p>
</footer>
</body>
</html>
"""


def capital_ledger(story: Story) -> str:
    """schema.org microdata (itemprop headline/datePublished/author/articleBody)."""
    when = datetime.fromisoformat(story.published)
    shown = fmt(when, "%b. %-d, %Y")
    if story.kind == "wire-copy":
        authors = ('<span itemprop="author" itemscope itemtype="https://schema.org/Organization">'
                   '<span itemprop="name">Reuters</span></span>')
    else:
        authors = ", ".join(
            f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<a itemprop="url" href="/staff/{n.lower().replace(" ", "-")}/"><span itemprop="name">{t(n)}</span></a></span>'
            for n in story.authors)
    related = "\n".join(f'<li><a href="{u}">{t(h)}</a></li>' for u, h, _ in OTHER["capitalledger"][:3])
    tu, th, tb = OTHER["capitalledger"][0]
    inner = f"""<main class="container">
<div itemscope itemtype="https://schema.org/NewsArticle" class="entry">
<meta itemprop="mainEntityOfPage" content="{a(story.url)}">
<div class="entry-section"><a href="/{story.section.lower()}/">{t(story.section)}</a></div>
<h1 itemprop="headline" class="entry-headline">{t(story.title)}</h1>
<div class="entry-meta">by {authors} \u00b7 <meta itemprop="datePublished" content="{story.published}"><span class="entry-date">{shown}</span></div>
<div class="social-share"><a href="#" class="facebook">Share on Facebook</a><a href="#" class="twitter">Post on X</a><a href="#" class="email">Email this story</a></div>
<div itemprop="articleBody" class="entry-content">
{paras(story)}
</div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="The Capital Ledger"></div>
</div>
<section class="republish-note"><p>Republish this story for free under a Creative Commons license.</p></section>
<section class="donation-appeal">
<h3>We need your help.</h3>
<p>Nonprofit newsrooms like ours depend on readers. Chip in today: $5 Billed Once, $20 Billed Once or $50 Billed Once. We accept credit card or paypal.</p>
</section>
<section class="related"><h3>Related Links</h3><ul>
{related}
</ul></section>
<section class="teaser"><h4><a href="{tu}">{t(th)}</a></h4><p>{t(tb)} <a href="{tu}">read more</a></p></section>
<section class="comments"><h3>Reader comments</h3>
<div class="comment"><strong>Janet R.</strong><p>Appreciate the Ledger's coverage of the legislature. Nobody else is in that building every day.</p></div>
<div class="comment"><strong>O. Fairbanks</strong><p>Would be good to see the roll call on this.</p></div>
</section>
</main>"""
    return cl_chrome(story.title, inner)


def capital_section_page() -> str:
    base = "https://www.thecapitalledger.org"
    items = [(s.url.replace(base, ""), s.title, s.paragraphs[0][:130].rsplit(" ", 1)[0] + "\u2026", s.authors[0])
             for s in STORIES_BY_OUTLET["capitalledger"] if s.section == "Politics"]
    items += [(u, h, b, "Staff") for u, h, b in OTHER["capitalledger"]]
    rows = "\n".join(f'<article class="river-item"><h2><a href="{u}">{t(h)}</a></h2><p class="dek">{t(b)}</p>'
                     f'<p class="by">by {t(w)}</p><a href="{u}" class="more">read more</a></article>'
                     for u, h, b, w in items)
    inner = f"""<main class="container section-front"><h1 class="section-title">Politics</h1>
<p class="section-dek">Everything happening at the statehouse, from the people who cover it every day.</p>
{rows}
<nav class="pagination"><a href="/politics/page/2/">Next page</a></nav>
</main>"""
    return cl_chrome("Politics", inner, '<link rel="canonical" href="https://www.thecapitalledger.org/politics/">')


def pacific_bulletin(story: Story) -> str:
    """Only <meta> tags carry the metadata (WordPress + a mobile plugin's leftovers)."""
    when = datetime.fromisoformat(story.published)
    shown = fmt(when, "%B %-d, %Y %-I:%M ") + ("AM" if when.hour < 12 else "PM")
    who = ", ".join(story.authors)
    related = "\n".join(f'<li><a href="https://www.pacificbulletin.ph{u}">{t(h)}</a></li>'
                        for u, h, _ in OTHER["pacificbulletin"])
    tu, th, tb = OTHER["pacificbulletin"][0]
    author_meta = "\n".join(f'<meta name="author" content="{a(n)}">' for n in story.authors)
    return f"""<!DOCTYPE html>
<html lang="en-PH" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(story.title)} - Pacific Bulletin</title>
<meta name="description" content="{a(story.paragraphs[0][:155])}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(story.title)}">
<meta property="og:url" content="{a(story.url)}">
<meta property="og:site_name" content="Pacific Bulletin">
<meta property="article:section" content="{a(story.section)}">
<meta property="article:published_time" content="{story.published}">
<meta property="article:modified_time" content="{story.published}">
{author_meta}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{story.url}">
<link rel="amphtml" href="{story.url}amp/">
<link rel="stylesheet" id="td-theme-css" href="https://www.pacificbulletin.ph/wp-content/themes/newsmag/style.css?ver=12.6" media="all">
</head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-cookie-box">This website uses cookies to ensure you get the best experience. <a class="td-cookie-accept" href="#">I agree</a> <a href="/privacy-policy/">Privacy policy</a></div>
<div class="td-header-wrap">
<div class="td-header-top-menu"><span class="td-date">{fmt(when, "%A, %B %-d, %Y")}</span></div>
<div class="td-logo"><a href="/">Pacific Bulletin</a></div>
<div class="td-header-menu"><ul id="menu-main" class="sf-menu"><li><a href="/">Home</a></li><li><a href="/nation/">Nation</a></li><li><a href="/metro/">Metro</a></li><li><a href="/business/">Business</a></li><li><a href="/world/">World</a></li><li><a href="/sports/">Sports</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/opinion/">Opinion</a></li></ul></div>
</div>
<div class="td-main-content-wrap">
<div class="td-post-header">
<ul class="td-category"><li><a class="td-post-category" href="/{story.section.lower()}/">{t(story.section)}</a></li></ul>
<h1 class="entry-title">{t(story.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">By {t(who)}</div> - <span class="td-post-date">{shown}</span></div>
</div>
<div class="td-post-sharing"><a class="td-social-facebook" href="#">Facebook</a><a class="td-social-twitter" href="#">Twitter</a><a class="td-social-viber" href="#">Viber</a><a class="td-social-whatsapp" href="#">WhatsApp</a></div>
<div class="td-post-content">
{paras(story)}
<div class="code-block code-block-3"><p><strong>We need your help.</strong> Independent journalism in the Philippines is under pressure. Support the Bulletin with $5 Billed Once or $20 Billed Once \u2014 pay with credit card or paypal.</p></div>
</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/metro-manila/">Metro Manila</a></li><li><a href="/tag/transport/">transport</a></li></ul></div>
<div class="td_block_related_posts"><h4 class="td-related-title">Related Links</h4><ul>
{related}
</ul></div>
<div class="td-next-prev-wrap"><div class="td-block-span12"><span>Next article</span><a href="{tu}">{t(th)}</a><p>{t(tb)} <a href="{tu}">Read more</a></p></div></div>
<div class="comments" id="comments"><h4 class="td-comments-title">2 COMMENTS</h4>
<ol class="comment-list"><li class="comment"><div class="comment-author">jun_makati</div><div class="comment-content"><p>Sana naman maayos na ito. Every year the same problem.</p></div></li>
<li class="comment"><div class="comment-author">Bea R.</div><div class="comment-content"><p>Thank you Pacific Bulletin for this update.</p></div></li></ol>
<div id="respond" class="comment-respond"><h3>LEAVE A REPLY</h3><p>Please enter your comment!</p></div></div>
</div>
<div class="td-footer-wrapper"><div class="footer-text-wrap">Pacific Bulletin \u2014 News you can trust since 1987. Contact us: newsdesk@pacificbulletin.ph</div>
<div class="td-sub-footer-copy">\u00a9 Pacific Bulletin Media Inc. All rights reserved.</div></div>
<div class="mob-exit"><a class="mobile-exit-link" href="{story.url}?nonamp=1" rel="nofollow">Exit mobile version</a></div>
</body>
</html>
"""


def le_courrier(story: Story) -> str:
    """French outlet: <article>, <time datetime>, rel=author, OpenGraph."""
    when = datetime.fromisoformat(story.published)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"][when.month - 1]
    shown = f"Publié le {when.day} {mois} {when.year} à {when.hour}h{when.minute:02d}"
    who = " et ".join(f'<a rel="author" href="/auteurs/{n.lower().replace(" ", "-")}">{t(n)}</a>'
                      for n in story.authors)
    related = "\n".join(f'<li><a href="{u}">{t(h)}</a></li>' for u, h, _ in OTHER["lecourrierdurhone"][:2])
    tu, th, tb = OTHER["lecourrierdurhone"][2]
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{t(story.title)} - Le Courrier du Rhône</title>
<meta property="og:title" content="{a(story.title)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="fr_FR">
<meta name="description" content="{a(story.paragraphs[0][:150])}">
<link rel="canonical" href="{story.url}">
<link rel="stylesheet" href="/static/courrier.css">
</head>
<body>
<div class="bandeau-cookies" role="dialog">
<p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil. Vous pouvez à tout moment retirer votre consentement.</p>
<button class="accepter">Accepter et fermer</button> <button class="refuser">Continuer sans accepter</button> <button class="parametrer">Paramétrer les cookies</button>
</div>
<header class="entete">
<a class="logo" href="/">Le Courrier du Rhône</a>
<nav class="menu"><ul><li><a href="/actualites/">Actualités</a></li><li><a href="/valcreuse/">Valcreuse</a></li><li><a href="/region/">Région</a></li><li><a href="/economie/">Économie</a></li><li><a href="/sports/">Sports</a></li><li><a href="/culture/">Culture</a></li><li><a href="/faits-divers/">Faits divers</a></li><li><a href="/abonnement/">S'abonner</a></li></ul></nav>
</header>
<main>
<article class="article">
<p class="surtitre">{t(story.section)}</p>
<h1 class="titre">{t(story.title)}</h1>
<div class="signature">Par {who} \u2013 <time datetime="{story.published}">{shown}</time></div>
<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a> <a href="#">Copier le lien</a></div>
<div class="corps">
{paras(story)}
</div>
</article>
<aside class="soutien"><h2>Nous avons besoin de votre aide</h2><p>Soutenez l'information locale indépendante : 5 \u20ac, 10 \u20ac ou 20 \u20ac, paiement unique par carte bancaire ou PayPal.</p></aside>
<aside class="a-lire-aussi"><h2>À lire aussi</h2><ul>
{related}
</ul></aside>
<div class="teaser"><h3><a href="{tu}">{t(th)}</a></h3><p>{t(tb)} <a href="{tu}">lire la suite</a></p></div>
<section class="reactions"><h2>Réactions (2)</h2>
<div class="reaction"><span class="pseudo">Bernard69</span><p>Toujours les mêmes quartiers touchés, et toujours rien de fait depuis des années.</p></div>
<div class="reaction"><span class="pseudo">Claire_V</span><p>Merci pour ces informations précises.</p></div>
<p><a href="/connexion">Connectez-vous</a> pour réagir.</p>
</section>
</main>
<footer class="pied"><p><a href="/mentions-legales">Mentions légales</a> \u00b7 <a href="/cgu">CGU</a> \u00b7 <a href="/confidentialite">Politique de confidentialité</a> \u00b7 <a href="/contact">Nous contacter</a></p><p>\u00a9 Le Courrier du Rhône 2024 \u2013 Tous droits réservés</p></footer>
</body>
</html>
"""


def world_wire(story: Story) -> str:
    """The agency's own feed page: Dublin Core meta + a small JSON-LD."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
          "datePublished": story.published, "author": {"@type": "Organization", "name": "AFP"},
          "isAccessibleForFree": True}
    related = "\n".join(f'<li><a href="{u}">{t(h)}</a></li>' for u, h, _ in OTHER["worldwirefeed"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t(story.title)} | WorldWire Feed</title>
<meta name="dcterms.title" content="{a(story.title)}">
<meta name="dcterms.date" content="{story.published}">
<meta name="dcterms.creator" content="AFP">
<meta name="dcterms.publisher" content="WorldWire Feed">
<script type="application/ld+json">{jsonld(ld)}</script>
</head>
<body>
<div class="consent">We use strictly necessary cookies only. <a href="/cookies">Details</a> <button>OK</button></div>
<nav class="topnav"><a href="/">WorldWire</a> | <a href="/afp/">AFP</a> | <a href="/reuters/">Reuters</a> | <a href="/ap/">AP</a> | <a href="/photos/">Photos</a> | <a href="/licensing/">Licensing</a></nav>
<div class="wire-story">
<div class="slug">PHILIPPINES-TRANSPORT-RIVER</div>
<h1>{t(story.title)}</h1>
<div class="wire-meta">AFP \u00b7 <span class="ts">{story.published}</span> \u00b7 {sum(len(p.split()) for p in story.paragraphs)} words</div>
<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="wire-body">
{paras(story)}
</div>
<div class="wire-trailer">cbn/dhw/ft</div>
</div>
<div class="related"><h2>Related Links</h2><ul>
{related}
</ul></div>
<footer><p>WorldWire Feed redistributes agency copy to licensed subscribers. \u00a9 2024 the respective agencies.</p></footer>
</body>
</html>
"""


def shannon_post(story: Story) -> str:
    """An old table-layout site served as windows-1252 (charset in the HTTP header only)."""
    when = datetime.fromisoformat(story.published)
    shown = fmt(when, "%A %-d %B %Y")
    who = "Reuters" if story.kind == "wire-copy" else ", ".join(story.authors)
    related = "<br>\n".join(f'<a href="{u}">{t(h)}</a>' for u, h, _ in OTHER["shannonpost"])
    tu, th, tb = OTHER["shannonpost"][0]
    body = "\n".join(f"<p>{t(p)}</p>" for p in story.paragraphs)
    return f"""<HTML>
<HEAD>
<TITLE>{t(story.title)} \u2013 The Shannon Post</TITLE>
<LINK REL="stylesheet" HREF="/style/post.css" TYPE="text/css">
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<DIV ID="cookiebar">We use cookies on this website. By using the site you consent to our use of cookies. <A HREF="/cookies.html">More info</A> | <A HREF="#" ONCLICK="hideBar()">OK</A></DIV>
<TABLE WIDTH="960" CELLPADDING="0" CELLSPACING="0" BORDER="0" ALIGN="center">
<TR><TD COLSPAN="2" CLASS="masthead"><IMG SRC="/images/masthead.gif" ALT="The Shannon Post"></TD></TR>
<TR><TD COLSPAN="2" CLASS="navbar"><A HREF="/">Home</A> | <A HREF="/news/">News</A> | <A HREF="/sport/">Sport</A> | <A HREF="/business/">Business</A> | <A HREF="/community/">Community Notes</A> | <A HREF="/death-notices/">Death Notices</A> | <A HREF="/contact.html">Contact</A></TD></TR>
<TR>
<TD WIDTH="700" VALIGN="top" CLASS="story">
<H1>{t(story.title)}</H1>
<P CLASS="byline">By {t(who)}</P>
<P CLASS="date">{shown}</P>
<P CLASS="share">Share: <A HREF="#">Facebook</A> | <A HREF="#">Twitter</A> | <A HREF="#">Email a friend</A></P>
{body}
<P CLASS="appeal"><B>We need your help</B> \u2013 keep local news alive in the district. \u20ac5 Billed Once or \u20ac10 Billed Once, by credit card or paypal.</P>
<H3>Comments</H3>
<P CLASS="comment"><B>Mairéad from Carrowmore</B> \u2013 About time something was done with that old line. We\u2019ll be walking it the day it opens.</P>
<P CLASS="comment"><B>Concerned farmer</B> \u2013 Easy to say when it\u2019s not your land.</P>
</TD>
<TD WIDTH="260" VALIGN="top" CLASS="sidebar">
<B>Related Links</B><BR>
{related}
<HR>
<B>Also in the Post</B><BR><A HREF="{tu}">{t(th)}</A><BR>{t(tb)} <A HREF="{tu}">read more</A>
</TD>
</TR>
<TR><TD COLSPAN="2" CLASS="footer">The Shannon Post, Market Street, Ballykeel. Tel 065 555 0142. \u00a9 2024 Shannon Post Newspapers Ltd.</TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def kansai_shimpo(story: Story) -> str:
    """Japanese page, Shift_JIS, charset declared only in a <meta http-equiv>."""
    when = datetime.fromisoformat(story.published)
    shown = f"{when.year}年{when.month}月{when.day}日 {when.hour}時{when.minute:02d}分"
    related = "\n".join(f'<li><a href="{u}">{t(h)}</a></li>' for u, h, _ in OTHER["kansaishimpo"])
    tu, th, tb = OTHER["kansaishimpo"][1]
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>{t(story.title)}｜関西新報</title>
<meta name="pubdate" content="{when.strftime('%Y%m%d')}">
<meta name="byl" content="{a(story.authors[0])}">
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div id="cookie-policy">当サイトではクッキーを使用しています。サイトの利用を続けることで、クッキーの使用に同意したものとみなします。<a href="/policy/">詳しくはこちら</a> <button>閉じる</button></div>
<div id="header"><div class="logo"><a href="/">関西新報</a></div>
<ul class="gnav"><li><a href="/">トップ</a></li><li><a href="/news/">ニュース</a></li><li><a href="/keizai/">経済</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/culture/">文化</a></li><li><a href="/local/">地域</a></li><li><a href="/okuyami/">おくやみ</a></li></ul></div>
<div id="main">
<div class="article">
<h1 class="article-title">{t(story.title)}</h1>
<p class="article-date">{shown}</p>
<div class="sns-share">この記事をシェア： <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてなブックマーク</a></div>
<div class="article-body">
{paras(story)}
<p class="writer">（{t(story.authors[0])}）</p>
</div>
</div>
<div class="support"><p>ご支援のお願い：地域の報道を続けるため、読者の皆さまのご協力をお願いします。500円から、クレジットカードまたはペイパルでご寄付いただけます。</p></div>
<div class="related"><h2>関連記事</h2><ul>
{related}
</ul></div>
<div class="teaser"><a href="{tu}">{t(th)}</a> {t(tb)} <a href="{tu}">続きを読む</a></div>
<div class="comments"><h2>コメント（1）</h2><p>やっと再開ですね。子どもの頃から乗っていたので楽しみです。</p></div>
</div>
<div id="footer"><p><a href="/about/">会社案内</a>｜<a href="/privacy/">個人情報の取り扱い</a>｜<a href="/contact/">お問い合わせ</a></p><p>Copyright (C) The Kansai Shimpo. All rights reserved.</p></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Which story runs where
# --------------------------------------------------------------------------------------

HG = "https://www.harborgazette.com"
VH = "https://news.valleyherald.net"
CL = "https://www.thecapitalledger.org"
PB = "https://www.pacificbulletin.ph"
LC = "https://www.lecourrierdurhone.fr"
WW = "https://www.worldwirefeed.com"
SP = "http://www.shannonpost.ie"
KS = "https://www.kansai-shimpo.jp"

AFP = "afp-pasig-ferries"
REUTERS = "reuters-meridian-buses"

STORIES = [
    Story("ferry-terminal", "harborgazette", f"{HG}/news/2024/05/13/ferry-terminal-overhaul-delayed-steel/",
          "Ferry terminal overhaul pushed to 2026 as steel deliveries slip", ["Marisol Trent"],
          "2024-05-13T07:45:00-07:00", "News", FERRY_TERMINAL),
    Story("dock-strike", "harborgazette", f"{HG}/news/2024/05/14/dockworkers-ratify-deal-end-strike/",
          "Port Alder dockworkers ratify contract, ending 11-day strike", ["Dev Okafor", "Marisol Trent"],
          "2024-05-14T16:20:00-07:00", "Waterfront", DOCK_STRIKE),
    Story("afp-copy-harborgazette", "harborgazette", f"{HG}/world/2024/05/14/manila-river-ferries-traffic/",
          "Manila turns to its polluted river to escape epic traffic jams", ["Agence France-Presse"],
          "2024-05-14T05:10:00-07:00", "World", AFP_FERRIES[:7], kind="wire-copy", cluster=AFP,
          edits="new headline; last two paragraphs trimmed"),
    Story("afp-original", "worldwirefeed", f"{WW}/afp/2024/05/14/philippines-river-ferries-manila-gridlock",
          "Philippines bets on river ferries to beat Manila gridlock", ["AFP"],
          "2024-05-14T09:30:00+08:00", "World", AFP_FERRIES, kind="wire-original", cluster=AFP,
          edits="the agency's own copy"),
    Story("cherry-frost", "valleyherald", f"{VH}/story/agriculture/late-frost-cherry-growers-losses-20240513",
          "Late frost leaves Cedar Valley cherry growers counting their losses", ["Jenna Ruiz"],
          "2024-05-13T18:12:00-07:00", "Agriculture", CHERRY_FROST),
    Story("four-day-week", "valleyherald", f"{VH}/story/education/four-day-week-pilot-approved-20240514",
          "School board approves four-day week pilot at two rural campuses", ["Tom Becker"],
          "2024-05-14T21:40:00-07:00", "Education", FOUR_DAY_WEEK),
    Story("afp-copy-valleyherald", "valleyherald",
          f"{VH}/story/world/philippine-capital-double-river-ferry-fleet-20240514",
          "Philippine capital to double river ferry fleet", ["AFP"],
          "2024-05-14T09:02:00-07:00", "World", AFP_FERRIES + [AFP_EDITORS_NOTE], kind="wire-copy",
          cluster=AFP, edits="new headline; editor's note appended"),
    Story("strike-budget", "capitalledger", f"{CL}/politics/2024/05/15/strike-end-spares-state-budget/",
          "Strike's end spares state budget from deeper hit, but shipping losses linger", ["Roland Hsu"],
          "2024-05-15T17:05:00-07:00", "Politics", STRIKE_BUDGET),
    Story("broadband", "capitalledger", f"{CL}/politics/2024/05/15/senate-passes-rural-broadband-bill/",
          "Senate sends rural broadband bill to governor's desk", ["Alicia Moreno"],
          "2024-05-15T19:30:00-07:00", "Politics", BROADBAND),
    Story("reuters-copy-capitalledger", "capitalledger",
          f"{CL}/business/2024/05/15/meridian-coachways-electric-buses/",
          "British bus giant to electrify a third of its fleet", ["Reuters"],
          "2024-05-15T04:45:00-07:00", "Business", REUTERS_BUSES, kind="wire-copy", cluster=REUTERS,
          edits="new headline; agency credit line dropped"),
    Story("jeepney", "pacificbulletin", f"{PB}/metro/jeepney-franchise-deadline-extended/",
          "MTFB extends jeepney franchise consolidation deadline by six months", ["Carmela Dizon"],
          "2024-05-15T14:30:00+08:00", "Metro", JEEPNEY),
    Story("afp-copy-pacificbulletin", "pacificbulletin", f"{PB}/nation/pasig-river-ferries-doubled/",
          "Gov't to double Pasig River ferry fleet by 2025", ["Agence France-Presse"],
          "2024-05-15T15:40:00+08:00", "Nation", [curly(p) for p in AFP_FERRIES] + [AFP_UPDATE],
          kind="wire-copy", cluster=AFP,
          edits="new headline; typographic quotes; later update adds one paragraph"),
    Story("crue-rhone", "lecourrierdurhone", f"{LC}/valcreuse/crue-du-rhone-quais-fermes_4812.html",
          "Crue du Rhône : les quais bas de Valcreuse fermés jusqu'à nouvel ordre", ["Émilie Garnier"],
          "2024-05-15T06:30:00+02:00", "Valcreuse", CRUE_RHONE, language="fr"),
    Story("marche-couvert", "lecourrierdurhone", f"{LC}/valcreuse/marche-couvert-reouverture_4815.html",
          "Après deux ans de travaux, le marché couvert de Valcreuse rouvre ses portes",
          ["Julien Marchetti"], "2024-05-16T08:15:00+02:00", "Valcreuse", MARCHE_COUVERT, language="fr"),
    Story("greenway", "shannonpost", f"{SP}/news/2024/05/16/council-backs-greenway.html",
          "Council backs \u20ac4.2m greenway despite farmers\u2019 objections", ["Ciarán Dolan"],
          "2024-05-16T09:00:00+01:00", "News", GREENWAY, charset="windows-1252"),
    Story("reuters-copy-shannonpost", "shannonpost", f"{SP}/business/2024/05/16/meridian-coachways-electric.html",
          "Meridian Coachways orders 1,400 electric buses in \u00a31.1bn deal", ["Reuters"],
          "2024-05-16T10:30:00+01:00", "Business", [curly(p) for p in REUTERS_BUSES] + [REUTERS_CREDIT],
          kind="wire-copy", cluster=REUTERS, edits="new headline; typographic quotes; credit line kept",
          charset="windows-1252"),
    Story("watashi-bune", "kansaishimpo", f"{KS}/news/20240516/minato-watashi-saikai.html",
          "汐見の渡船「みなと渡し」、3年ぶり定期運航再開へ　新造船2隻を導入", ["社会部 中村友香"],
          "2024-05-16T05:00:00+09:00", "社会", WATASHI_BUNE, language="ja", charset="shift_jis"),
    Story("capitol-dome", "capitalledger", f"{CL}/politics/2024/05/16/capitol-dome-repairs-west-entrance/",
          "Capitol dome repairs to close west entrance through summer", ["Alicia Moreno"],
          "2024-05-16T11:00:00-07:00", "Politics", CAPITOL_DOME),
]
STORY = {s.key: s for s in STORIES}
STORIES_BY_OUTLET: dict[str, list[Story]] = {}
for _s in STORIES:
    STORIES_BY_OUTLET.setdefault(_s.outlet, []).append(_s)

RENDER = {
    "harborgazette": harbor_gazette, "valleyherald": valley_herald, "capitalledger": capital_ledger,
    "pacificbulletin": pacific_bulletin, "lecourrierdurhone": le_courrier,
    "worldwirefeed": world_wire, "shannonpost": shannon_post, "kansaishimpo": kansai_shimpo,
}

BOILERPLATE_MARKERS = ["Billed Once", "credit card or paypal", "read more", "Related Links",
                       "Exit mobile version", "Accept all", "cookies", "Share this story"]

# --------------------------------------------------------------------------------------
# Non-HTML payloads
# --------------------------------------------------------------------------------------


def tiny_png(width: int = 16, height: int = 16) -> bytes:
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in ((20 + 12 * x) % 256, (60 + 9 * y) % 256, 150))
        for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


GAZETTE_CSS = b"""/* Harbor Gazette 2024 */
:root { --ink: #1b1f24; --accent: #0b5c8a; --paper: #fbfaf7; }
body { margin: 0; font: 18px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
.site-header { display: flex; align-items: center; gap: 1rem; border-bottom: 3px solid var(--accent); }
.main-nav ul { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; }
.story .headline { font: 700 2.4rem/1.15 "Helvetica Neue", Arial, sans-serif; }
.story-body p { max-width: 38rem; margin: 0 0 1.1em; }
.cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #fff; padding: 1rem; }
.donate-box { border: 1px solid var(--accent); padding: 1rem; margin: 2rem 0; }
@media (max-width: 640px) { .main-nav { display: none; } .story .headline { font-size: 1.7rem; } }
"""

KANSAI_CSS = b"""@charset "Shift_JIS";
body { font-family: "Hiragino Kaku Gothic ProN", Meiryo, sans-serif; line-height: 1.8; }
#header .gnav li { display: inline-block; padding: 0 8px; }
.article-title { font-size: 24px; border-left: 6px solid #c00; padding-left: 10px; }
"""


def robots(disallow: list[str], sitemap: str) -> bytes:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow]
    lines += ["", "User-agent: GPTBot", "Disallow: /", "", f"Sitemap: {sitemap}", ""]
    return "\n".join(lines).encode()


# --------------------------------------------------------------------------------------
# WARC serialization (by hand, deterministic)
# --------------------------------------------------------------------------------------

NAMESPACE = uuid.UUID("6f1c0a52-3b7e-4d0e-9a57-2f6a3c1d8e90")
USER_AGENT = "Mozilla/5.0 (compatible; WarctoolsSampleBot/1.0; +https://example.org/warctools-bot)"
IPS = {"www.harborgazette.com": "192.0.2.10", "news.valleyherald.net": "192.0.2.44",
       "www.thecapitalledger.org": "198.51.100.7", "www.pacificbulletin.ph": "203.0.113.25",
       "www.lecourrierdurhone.fr": "198.51.100.80", "www.worldwirefeed.com": "203.0.113.90",
       "www.shannonpost.ie": "192.0.2.150", "www.kansai-shimpo.jp": "203.0.113.140"}
CAPTURES: dict[str, dict] = {}  # url -> the latest full capture of it (for revisits)


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def gzip_member(data: bytes) -> bytes:
    """One gzip member with mtime=0 and a fixed OS byte, independent of the gzip module."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = comp.compress(data) + comp.flush()
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + deflated
            + struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF))


def chunked(data: bytes, size: int = 1024) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def host_of(url: str) -> str:
    return url.split("/")[2]


def path_of(url: str) -> str:
    rest = url.split("/", 3)
    return "/" + (rest[3] if len(rest) > 3 else "")


@dataclass
class WarcFile:
    filename: str
    start: datetime
    gz: bool
    records: list[tuple[bytes, dict]] = field(default_factory=list)
    ids: int = 0
    clock: datetime | None = None
    warcinfo_id: str = ""
    truncate_last: float | None = None  # keep this fraction of the last record's bytes

    def new_id(self) -> str:
        self.ids += 1
        return f"<urn:uuid:{uuid.uuid5(NAMESPACE, f'{self.filename}#{self.ids}')}>"

    def tick(self, seconds: int = 3) -> datetime:
        self.clock = (self.clock or self.start) + timedelta(seconds=seconds)
        return self.clock

    def add(self, headers: list[tuple[str, str]], block: bytes, info: dict) -> None:
        head = ["WARC/1.1"] + [f"{k}: {v}" for k, v in headers]
        head += [f"WARC-Block-Digest: {sha1_b32(block)}", f"Content-Length: {len(block)}"]
        raw = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
        self.records.append((raw, info))

    def warcinfo(self, description: str) -> None:
        self.warcinfo_id = self.new_id()
        fields = (f"software: warctools scripts/make_samples.py\r\nformat: WARC File Format 1.1\r\n"
                  f"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                  f"isPartOf: warctools-samples\r\ndescription: {description}\r\n"
                  f"robots: obey\r\nhttp-header-user-agent: {USER_AGENT}\r\n"
                  f"operator: warctools developers (fictional sample crawl)\r\n").encode()
        date = wdate(self.tick(0))
        self.add([("WARC-Type", "warcinfo"), ("WARC-Record-ID", self.warcinfo_id), ("WARC-Date", date),
                  ("WARC-Filename", self.filename), ("Content-Type", "application/warc-fields")],
                 fields, {"type": "warcinfo", "uri": None})

    def request(self, url: str, date: str, concurrent_to: str) -> None:
        block = (f"GET {path_of(url)} HTTP/1.1\r\nHost: {host_of(url)}\r\nUser-Agent: {USER_AGENT}\r\n"
                 "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Encoding: gzip, deflate, br\r\n"
                 "Accept-Language: en-US,en;q=0.7,fr;q=0.5,ja;q=0.3\r\nConnection: close\r\n\r\n").encode()
        self.add([("WARC-Type", "request"), ("WARC-Record-ID", self.new_id()),
                  ("WARC-Warcinfo-ID", self.warcinfo_id), ("WARC-Concurrent-To", concurrent_to),
                  ("WARC-Target-URI", url), ("WARC-Date", date),
                  ("Content-Type", "application/http;msgtype=request")],
                 block, {"type": "request", "uri": url})

    def response(self, url: str, status: str, headers: list[tuple[str, str]], payload: bytes, *,
                 outlinks: list[str] | None = None, note: str = "", chunk: bool = False) -> str:
        when = self.tick()
        date, rid = wdate(when), self.new_id()
        hdrs = [("Date", format_datetime(when, usegmt=True))] + headers
        if not chunk:
            hdrs.append(("Content-Length", str(len(payload))))
        head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs) + "\r\n"
        self.request(url, date, rid)
        digest = sha1_b32(payload)
        self.add([("WARC-Type", "response"), ("WARC-Record-ID", rid), ("WARC-Warcinfo-ID", self.warcinfo_id),
                  ("WARC-Target-URI", url), ("WARC-Date", date), ("WARC-IP-Address", IPS[host_of(url)]),
                  ("WARC-Payload-Digest", digest), ("Content-Type", "application/http;msgtype=response")],
                 head.encode("latin-1") + payload,
                 {"type": "response", "uri": url, "record_id": rid, "status": int(status.split()[0]),
                  "note": note})
        CAPTURES[url] = {"file": self.filename, "record_id": rid, "date": date, "digest": digest,
                         "headers": hdrs, "status": status}
        if outlinks:
            self.metadata(url, rid, when, outlinks)
        return rid

    def metadata(self, url: str, concurrent_to: str, when: datetime, outlinks: list[str]) -> None:
        lines = [f"via: {HG}/" if host_of(url) != host_of(HG) else "via: dns:www.harborgazette.com",
                 "hopsFromSeed: L", f"fetchTimeMs: {100 + 17 * len(outlinks)}"]
        lines += [f"outlink: {o} L a/@href" for o in outlinks]
        self.add([("WARC-Type", "metadata"), ("WARC-Record-ID", self.new_id()),
                  ("WARC-Warcinfo-ID", self.warcinfo_id), ("WARC-Target-URI", url),
                  ("WARC-Date", wdate(when)), ("WARC-Concurrent-To", concurrent_to),
                  ("Content-Type", "application/warc-fields")],
                 ("\r\n".join(lines) + "\r\n").encode(), {"type": "metadata", "uri": url})

    def revisit(self, url: str) -> None:
        orig = CAPTURES[url]
        when = self.tick()
        date, rid = wdate(when), self.new_id()
        hdrs = [("Date", format_datetime(when, usegmt=True))] + [h for h in orig["headers"] if h[0] != "Date"]
        head = f"HTTP/1.1 {orig['status']}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs) + "\r\n"
        self.request(url, date, rid)
        self.add([("WARC-Type", "revisit"), ("WARC-Record-ID", rid), ("WARC-Warcinfo-ID", self.warcinfo_id),
                  ("WARC-Target-URI", url), ("WARC-Date", date), ("WARC-IP-Address", IPS[host_of(url)]),
                  ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                  ("WARC-Refers-To", orig["record_id"]), ("WARC-Refers-To-Target-URI", url),
                  ("WARC-Refers-To-Date", orig["date"]), ("WARC-Payload-Digest", orig["digest"]),
                  ("Content-Type", "application/http;msgtype=response")],
                 head.encode("latin-1"),
                 {"type": "revisit", "uri": url, "record_id": rid, "refers_to": orig["record_id"],
                  "refers_to_file": orig["file"]})

    def write(self, out: Path) -> list[dict]:
        index, offset = [], 0
        with open(out / self.filename, "wb") as fh:
            for n, (raw, info) in enumerate(self.records):
                data = gzip_member(raw) if self.gz else raw
                entry = dict(info, offset=offset, length=len(data))
                if n == len(self.records) - 1 and self.truncate_last is not None:
                    data = data[: int(len(data) * self.truncate_last)]
                    entry.update(truncated=True, bytes_present=len(data))
                fh.write(data)
                offset += len(data)
                index.append(entry)
        return index


def fmt(when: datetime, pattern: str) -> str:
    """strftime with portable %-d and %-I (no leading zero)."""
    pattern = pattern.replace("%-d", str(when.day)).replace("%-I", str((when.hour % 12) or 12))
    return when.strftime(pattern)


def wdate(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------
# The crawl
# --------------------------------------------------------------------------------------

SERVER = {
    "harborgazette": [("Server", "nginx"), ("Cache-Control", "public, max-age=300"), ("X-Cache", "HIT"),
                      ("Vary", "Accept-Encoding")],
    "valleyherald": [("Server", "Apache/2.4.41 (Ubuntu)"), ("X-Powered-By", "PHP/7.4.3"),
                     ("Set-Cookie", "PHPSESSID=3f1a9c0e7b; path=/; HttpOnly")],
    "capitalledger": [("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"),
                      ("Strict-Transport-Security", "max-age=31536000")],
    "pacificbulletin": [("Server", "LiteSpeed"), ("Link", f'<{PB}/wp-json/>; rel="https://api.w.org/"'),
                        ("X-LiteSpeed-Cache", "hit"), ("Vary", "Accept-Encoding")],
    "lecourrierdurhone": [("Server", "nginx/1.22.1"), ("Vary", "Accept-Encoding"),
                          ("Content-Language", "fr")],
    "worldwirefeed": [("Server", "envoy"), ("Cache-Control", "private, max-age=60")],
    "shannonpost": [("Server", "Microsoft-IIS/8.5"), ("X-Powered-By", "ASP.NET")],
    "kansaishimpo": [("Server", "Apache")],
}
CONTENT_TYPE = {"shannonpost": "text/html; charset=windows-1252", "kansaishimpo": "text/html",
                "harborgazette": "text/html; charset=utf-8"}


def encode_payload(body: bytes, encoding: str) -> tuple[bytes, list[tuple[str, str]]]:
    if encoding == "gzip":
        return gzip_member(body), [("Content-Encoding", "gzip")]
    if encoding == "br":
        return brotli.compress(body, quality=11), [("Content-Encoding", "br")]
    if encoding == "chunked+gzip":
        return chunked(gzip_member(body)), [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
    return body, []


def capture_html(w: WarcFile, outlet: str, url: str, html_text: str, *, charset: str = "utf-8",
                 encoding: str = "identity", outlinks: list[str] | None = None, status: str = "200 OK",
                 extra: list[tuple[str, str]] | None = None, note: str = "") -> dict:
    body = html_text.encode(charset)
    payload, enc_headers = encode_payload(body, encoding)
    ctype = CONTENT_TYPE.get(outlet, "text/html; charset=UTF-8")
    headers = SERVER[outlet] + [("Content-Type", ctype)] + enc_headers + (extra or [])
    w.response(url, status, headers, payload, outlinks=outlinks, note=note, chunk="chunked" in encoding)
    return {"encoding": encoding, "charset": charset, "html_sha1": sha1_b32(body)}


def capture_story(w: WarcFile, key: str, encoding: str = "identity", outlinks: bool = False) -> dict:
    s = STORY[key]
    links = [s.url.split("/", 3)[0] + "//" + host_of(s.url) + u for u, _, _ in OTHER[s.outlet][:3]]
    info = capture_html(w, s.outlet, s.url, RENDER[s.outlet](s), charset=s.charset, encoding=encoding,
                        outlinks=links if outlinks else None, note=key)
    ARTICLE_FILES[key] = dict(info, file=w.filename)
    return info


def capture_static(w: WarcFile, outlet: str, url: str, ctype: str, payload: bytes, note: str) -> None:
    w.response(url, "200 OK", SERVER[outlet] + [("Content-Type", ctype)], payload, note=note)
    NON_ARTICLES.append({"url": url, "file": w.filename, "kind": note})


ARTICLE_FILES: dict[str, dict] = {}
NON_ARTICLES: list[dict] = []


def crawl_a() -> WarcFile:
    w = WarcFile("crawl-2024-05-a.warc.gz", datetime(2024, 5, 15, 6, 0, 0, tzinfo=timezone.utc), True)
    w.warcinfo("Fictional sample crawl, part A: Harbor Gazette, Valley Herald, WorldWire Feed")
    capture_static(w, "harborgazette", f"{HG}/robots.txt", "text/plain",
                   robots(["/admin/", "/search/", "/e-edition/"], f"{HG}/sitemap.xml"), "robots")
    home = [s.url for s in STORIES_BY_OUTLET["harborgazette"]] + [HG + u for u, _, _ in OTHER["harborgazette"]]
    capture_html(w, "harborgazette", f"{HG}/", harbor_home(), encoding="gzip", outlinks=home, note="home")
    NON_ARTICLES.append({"url": f"{HG}/", "file": w.filename, "kind": "home"})
    capture_static(w, "harborgazette", f"{HG}/static/css/gazette.css", "text/css", GAZETTE_CSS, "css")
    capture_static(w, "harborgazette", f"{HG}/static/img/gazette-logo.png", "image/png", tiny_png(), "image")
    capture_story(w, "ferry-terminal", "gzip", outlinks=True)
    redirect = STORY["dock-strike"].url.replace("https://", "http://")
    w.response(redirect, "301 Moved Permanently",
               SERVER["harborgazette"] + [("Location", STORY["dock-strike"].url),
                                          ("Content-Type", "text/html")],
               b"<html><body><a href=\"" + STORY["dock-strike"].url.encode() + b"\">Moved</a></body></html>",
               note="redirect")
    NON_ARTICLES.append({"url": redirect, "file": w.filename, "kind": "redirect"})
    capture_story(w, "dock-strike", "gzip")
    capture_story(w, "afp-copy-harborgazette", "gzip")
    capture_story(w, "afp-original", outlinks=True)
    capture_story(w, "cherry-frost")
    capture_story(w, "four-day-week", "chunked+gzip")
    capture_story(w, "afp-copy-valleyherald")
    capture_html(w, "valleyherald", f"{VH}/tag/agriculture/", valley_tag_page(), note="tag")
    NON_ARTICLES.append({"url": f"{VH}/tag/agriculture/", "file": w.filename, "kind": "tag"})
    missing = f"{VH}/story/local/old-mill-fire-2019"
    capture_html(w, "valleyherald", missing, valley_404(), status="404 Not Found", note="not-found")
    NON_ARTICLES.append({"url": missing, "file": w.filename, "kind": "not-found"})
    w.tick(5400)
    w.revisit(STORY["ferry-terminal"].url)  # same payload, original earlier in this file
    return w


def crawl_b() -> WarcFile:
    w = WarcFile("crawl-2024-05-b.warc.gz", datetime(2024, 5, 16, 20, 0, 0, tzinfo=timezone.utc), True)
    w.warcinfo("Fictional sample crawl, part B: Capital Ledger, Pacific Bulletin, Le Courrier du Rhone")
    capture_static(w, "capitalledger", f"{CL}/robots.txt", "text/plain",
                   robots(["/wp-admin/", "/donate/thank-you/"], f"{CL}/sitemap_index.xml"), "robots")
    section = [s.url for s in STORIES_BY_OUTLET["capitalledger"] if s.section == "Politics"]
    capture_html(w, "capitalledger", f"{CL}/politics/", capital_section_page(), outlinks=section,
                 note="section")
    NON_ARTICLES.append({"url": f"{CL}/politics/", "file": w.filename, "kind": "section"})
    capture_story(w, "strike-budget")
    capture_story(w, "broadband", outlinks=True)
    capture_story(w, "reuters-copy-capitalledger")
    capture_story(w, "jeepney", "gzip")
    capture_story(w, "afp-copy-pacificbulletin", "gzip")
    capture_story(w, "crue-rhone", "br")
    capture_story(w, "marche-couvert")
    w.revisit(STORY["dock-strike"].url)  # original is in crawl-2024-05-a.warc.gz
    capture_story(w, "capitol-dome")  # the last record: its gzip member is cut below
    del ARTICLE_FILES["capitol-dome"]
    w.truncate_last = 0.55
    return w


def crawl_c() -> WarcFile:
    w = WarcFile("crawl-2024-05-c.warc", datetime(2024, 5, 17, 3, 0, 0, tzinfo=timezone.utc), False)
    w.warcinfo("Fictional sample crawl, part C (uncompressed): The Shannon Post, Kansai Shimpo")
    capture_static(w, "shannonpost", f"{SP}/robots.txt", "text/plain",
                   robots(["/admin/", "/cgi-bin/"], f"{SP}/sitemap.xml"), "robots")
    capture_story(w, "greenway")
    capture_story(w, "reuters-copy-shannonpost")
    capture_story(w, "watashi-bune", outlinks=True)
    capture_static(w, "kansaishimpo", f"{KS}/css/common.css", "text/css", KANSAI_CSS, "css")
    return w


# --------------------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------------------


def article_entry(s: Story) -> dict:
    words = sum(len(p.split()) for p in s.paragraphs) if s.language != "ja" else None
    return {
        "url": s.url, "file": ARTICLE_FILES[s.key]["file"], "key": s.key, "outlet": s.outlet,
        "host": host_of(s.url), "title": s.title, "authors": s.authors, "published": s.published,
        "language": s.language, "charset": s.charset, "http_encoding": ARTICLE_FILES[s.key]["encoding"],
        "kind": s.kind, "cluster": s.cluster, "edits": s.edits or None,
        "paragraphs": len(s.paragraphs), "word_count": words,
        "characters": sum(len(p) for p in s.paragraphs),
        "first_paragraph": s.paragraphs[0], "last_paragraph": s.paragraphs[-1],
    }


def cluster_entry(name: str, agency: str, dateline: str) -> dict:
    members = [s for s in STORIES if s.cluster == name]
    return {"agency": agency, "dateline": dateline,
            "urls": [s.url for s in members],
            "original": next((s.url for s in members if s.kind == "wire-original"), None),
            "copies": [{"url": s.url, "outlet": s.outlet, "title": s.title, "edits": s.edits}
                       for s in members if s.kind == "wire-copy"]}


def expected(indexes: dict[str, list[dict]]) -> dict:
    counts, truncated, revisits = {}, None, []
    for name, index in indexes.items():
        c = {k: 0 for k in ("warcinfo", "request", "response", "metadata", "revisit")}
        for e in index:
            if e.get("truncated"):
                truncated = {"file": name, "offset": e["offset"], "length": e["length"],
                             "bytes_present": e["bytes_present"], "type": e["type"], "uri": e["uri"],
                             "record_id": e["record_id"], "how": "gzip member cut short at end of file"}
                continue
            c[e["type"]] += 1
            if e["type"] == "revisit":
                revisits.append({"file": name, "uri": e["uri"], "record_id": e["record_id"],
                                 "refers_to": e["refers_to"], "refers_to_file": e["refers_to_file"],
                                 "same_file": e["refers_to_file"] == name})
        counts[name] = c
    dock, budget = STORY["dock-strike"], STORY["strike-budget"]
    return {
        "generator": {"script": "scripts/make_samples.py", "zlib": zlib.ZLIB_RUNTIME_VERSION,
                      "brotli": brotli.__version__},
        "files": list(indexes),
        "record_counts": counts,
        "truncated": truncated,
        "revisits": revisits,
        "articles": [article_entry(s) for s in STORIES if s.key in ARTICLE_FILES],
        "non_articles": NON_ARTICLES,
        "clusters": {AFP: cluster_entry(AFP, "AFP", "MANILA (AFP) -"),
                     REUTERS: cluster_entry(REUTERS, "Reuters", "LONDON (Reuters) -")},
        "hard_negative": {"urls": [dock.url, budget.url], "shared_quote": SHARED_QUOTE,
                          "why": "two different stories about the end of the same strike; they share "
                                 "one quote and must not be clustered together"},
        "quirks": {
            "chunked_gzip": STORY["four-day-week"].url,
            "brotli": STORY["crue-rhone"].url,
            "windows_1252": [STORY["greenway"].url, STORY["reuters-copy-shannonpost"].url],
            "shift_jis_meta_only": STORY["watashi-bune"].url,
            "payload_digest": "sha1 base32 over the HTTP entity as stored (after the HTTP headers, "
                              "before removing transfer or content encodings)",
        },
        "boilerplate_markers": BOILERPLATE_MARKERS,
        "records": indexes,
    }


def check_texts() -> None:
    for s in STORIES:
        for p in s.paragraphs:
            for marker in BOILERPLATE_MARKERS:
                assert marker.lower() not in p.lower(), (s.key, marker)
            p.encode(s.charset)


def build(out: Path) -> dict:
    CAPTURES.clear()
    ARTICLE_FILES.clear()
    NON_ARTICLES.clear()
    check_texts()
    out.mkdir(parents=True, exist_ok=True)
    indexes = {}
    for w in (crawl_a(), crawl_b(), crawl_c()):
        indexes[w.filename] = w.write(out)
    exp = expected(indexes)
    (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    return exp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "samples",
                        help="folder to write into (default: samples/)")
    args = parser.parse_args(argv)
    exp = build(args.out)
    total = sum((args.out / f).stat().st_size for f in exp["files"] + ["expected.json"])
    print(f"wrote {len(exp['files'])} WARC files + expected.json to {args.out} ({total} bytes)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
