"""A small news network for the template tests: agency stories carried by several sites
that wrap every page in the network's furniture (written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.dedup import article, hours

STORIES = [
    ["CAPE CANAVERAL (AFP) Jan 5, 2024 - A private lunar lander lifted off on Monday aboard "
     "a new heavy rocket, opening a year in which several companies hope to reach the Moon.",
     "The lander is to touch down near a ridge at the edge of a large crater in about six "
     "weeks, carrying scientific instruments for the space agency and a few private payloads.",
     "Engineers said the first stage performed as planned and the spacecraft separated "
     "cleanly forty minutes after launch, before unfolding its solar panels over Africa."],
    ["PARIS (AFP) Jan 6, 2024 - European ministers agreed on Tuesday to fund a cargo "
     "vehicle able to supply the space station and, later, stations run by companies.",
     "The first flight is planned before the end of the decade, officials said, after two "
     "years of talks over how the cost would be shared between the member states.",
     "Industry groups welcomed the decision but warned that the schedule left little room "
     "for delays in the development of the engines and of the heat shield."],
    ["TOKYO (AFP) Jan 7, 2024 - Japan's space agency said on Wednesday its small probe had "
     "landed within a hundred metres of its target, a first for the country.",
     "The probe bounced once before settling on its side, which limited the power its "
     "panels could deliver, mission managers told a press conference in Sagamihara.",
     "They hope the panels will catch more sunlight as the Sun moves across the sky over "
     "the coming days, allowing the probe to resume its observations of the rocks."],
    ["BEIJING (AFP) Jan 8, 2024 - China launched a new group of weather satellites on "
     "Thursday, state media reported, the first of a dozen missions planned this year.",
     "The satellites will observe clouds, rainfall and sea temperatures, helping forecasters "
     "predict typhoons earlier, according to the national meteorological administration.",
     "The launch from the Jiuquan centre in the Gobi desert was the fourth this month, "
     "as the country steps up the pace of its civilian and commercial programmes."],
    ["HOUSTON (AFP) Jan 9, 2024 - Two astronauts completed a seven-hour spacewalk on Friday "
     "to replace a faulty pump outside the station, the space agency said.",
     "The pair also installed a camera and removed insulation from an experiment that had "
     "been exposed to space for three years, before returning to the airlock.",
     "Flight controllers said the new pump was working and that the cooling loop would be "
     "brought back to full capacity over the weekend."],
    ["MOSCOW (AFP) Jan 10, 2024 - A cargo ship docked with the space station early on "
     "Saturday, delivering food, fuel and equipment for the crew of seven.",
     "The ship will stay attached for six months before being filled with rubbish and "
     "undocked to burn up over the Pacific Ocean, the space agency said.",
     "Its arrival came a day after a leak was reported in a cooling system of another "
     "vehicle, which officials said posed no danger to the crew."],
]

HEADLINES = ["Private lander heads for the Moon", "Europe funds a space station freighter",
             "Japanese probe lands on target", "China launches weather satellites",
             "Astronauts replace station pump", "Cargo ship reaches the station"]
SITES = ["orbitdaily.com", "orbitwar.com", "terraorbit.com"]
ABOUT = ("About the authors: we are two friends who have written about gardens, food and slow "
         "travel in the valley since 2009. We test every recipe twice, visit every garden we "
         "mention and never accept payment for a review. Write to us any time, we answer every "
         "letter within the week.")


def furniture(site: str) -> list[str]:
    """The network's template lines on ``site``: no phrase of it is known to the code."""
    name = site.split(".")[0].capitalize()
    teaser = " ".join(STORIES[5][1].split()[:14])
    return [
        f"{name} News at {site}",
        f"Tell a friend: subscribe to the {name} free daily newsletter, sent every weekday.",
        f"Your contribution helps keep {name} online. Our reporters cover space, defence and "
        "the environment every day, and advertising alone no longer pays for their work. "
        "Support us with a one-time gift. $5 Billed Once",
        "Credit card or PayPal accepted.",
        f"{teaser} ... read more",
        "Exit mobile version",
        "Related Links",  # last: the extractor ends a story at such a heading
    ]


def network_rows() -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every story on two or three sites of the network (five pages a site at least);
    returns the rows and, per id, the story alone as it must come out."""
    rows, expected = [], {}
    for s, paras in enumerate(STORIES):
        for k, site in enumerate(SITES):
            if (s + k) % 3 == 2 and s % 2:  # not every story on every site
                continue
            id_ = f"s{s}-{site.split('.')[0]}"
            text = "\n\n".join([*paras, *furniture(site)])
            dateline = paras[0].split(" - ")[0] + " - "
            rows.append(article(id_, text, host=f"www.{site}", domain=site,
                                url=f"https://www.{site}/reports/story-{s}.html",
                                title=f"{HEADLINES[s]} | {site}",
                                dateline=dateline, dateline_start=0,
                                dateline_end=len(dateline), wire_source="AFP",
                                published=hours(s)))
            expected[id_] = "\n\n".join(paras)
    return rows, expected


def network_warc(path: Path, *, box_only: int = 0) -> dict[str, str]:
    """The network's pages as a WARC (the furniture inside ``<article>``, where extractors
    keep it), a blog whose posts end with the authors' box, and ``box_only`` blog pages
    holding nothing but that box; returns url -> the story alone ("" for those)."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rows, expected = network_rows()
    pages = [(r["url"], r["title"], r["text"].split("\n\n"), expected[r["id"]]) for r in rows]
    for k, paras in enumerate(STORIES[:5]):  # a blog: its posts end with the authors' box
        pages.append((f"https://garden-notes.com/2024/01/post-{k}.html", HEADLINES[k],
                      [*paras, ABOUT], "\n\n".join(paras)))
    pages += [(f"https://garden-notes.com/2024/02/notes-{k}.html", f"Notes from week {k}",
               [ABOUT], "") for k in range(box_only)]
    out = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, title, paras, want in pages:
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
            doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
                   "<meta property='og:type' content='article'></head><body><article>"
                   f"<h1>{html.escape(title)}</h1>{body}</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(doc), http_headers=headers))
            out[url] = want
    return out
