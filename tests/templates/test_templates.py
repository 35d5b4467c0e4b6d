"""The template stage: outlet furniture out of the texts, stories kept, template pages
never merged (docs/templates.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner

from tests.support.dedup import article, story, write_articles
from tests.support.templates import ABOUT, SITES, STORIES, furniture, network_rows, network_warc
from warctools.cli import main
from warctools.templates.blocks import remove_blocks, split_blocks
from warctools.templates.params import TemplateParams


def dedup(src: Path, out: Path, *extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "-j", "1", *extra])
    assert result.exit_code == 0, result.output
    return json.loads((out / "summary.json").read_text())


def texts(out: Path) -> dict[str, str]:
    rows = pl.concat([pl.read_parquet(out / "articles"), pl.read_parquet(out / "copies")])
    return dict(zip(rows["id"], rows["text"], strict=True))


def outlet(domain: str, n: int, template: list[str], *, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` distinct stories of one outlet, each followed by ``template``'s lines."""
    return [article(f"{domain}-{i}", "\n\n".join([story(seed + i, 120), *template]),
                    host=f"www.{domain}", domain=domain, title=f"{domain} headline {chr(97 + i)}")
            for i in range(n)]


def test_blocks_and_removal_keep_the_dateline_offsets() -> None:
    text = "Menu Home News\n\nPARIS (AFP) - The story starts.\nIt goes on.\n\nFooter (c) 2024"
    blocks = split_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == [
        "Menu Home News", "PARIS (AFP) - The story starts.", "It goes on.", "Footer (c) 2024"]
    assert blocks[3].hash == split_blocks("footer  (C) 1999")[0].hash  # digits, case, spaces
    start = text.index("PARIS")
    end = start + len("PARIS (AFP) - ")
    cleaned = remove_blocks(text, blocks, [True, False, False, True], start, end)
    assert cleaned.text == "PARIS (AFP) - The story starts.\nIt goes on."
    assert cleaned.text[cleaned.dateline_start:cleaned.dateline_end] == "PARIS (AFP) - "
    same = remove_blocks(text, blocks, [False] * 4, start, end)
    assert same.text is text and same.removed_chars == 0
    assert split_blocks("---\n\n") [0].hash is None


def test_least_pages() -> None:
    p = TemplateParams()
    assert [p.least_pages(n) for n in (1, 4, 16, 17, 100, 10_000)] == [4, 4, 4, 5, 25, 50]


def test_seed_network_comes_out_as_the_story_alone(tmp_path: Path) -> None:
    rows, expected = network_rows()
    out = tmp_path / "out"
    summary = dedup(write_articles(tmp_path / "in", rows), out)
    assert texts(out) == expected
    table = pl.read_parquet(out / "templates")
    for site in ("orbitdaily.com", "orbitwar.com", "terraorbit.com"):
        mine = table.filter(pl.col("domain") == site)
        assert sorted(mine["text"]) == sorted(furniture(site))
        assert mine["stories"].to_list() == [5] * 7 and mine["outlet_stories"].to_list() == [5] * 7
    arts = pl.concat([pl.read_parquet(out / "articles"), pl.read_parquet(out / "copies")])
    assert set(arts["template_blocks"]) == {7}
    first = arts.row(0, named=True)
    assert first["text"][first["dateline_start"]:first["dateline_end"]] == first["dateline"]
    # the furniture outweighs these short stories: mostly template, so no page merges
    assert summary["templates"]["blocks"] == 21
    assert summary["templates"]["mostly_template"] >= 10
    clusters = pl.read_parquet(out / "clusters")
    assert all(len({i.split("-")[0] for i in ids}) == 1 for ids in
               clusters.group_by("cluster_id").agg("id")["id"].to_list())
    longer = [{**r, "text": r["text"].replace("\n\n", "\n\n" + r["text"].split("\n\n")[1]
                                              * 2 + "\n\n", 1)} for r in rows]
    again = dedup(write_articles(tmp_path / "in2", longer), tmp_path / "out2")
    assert again["stories"] == len(STORIES) and again["templates"]["mostly_template"] == 0


def test_network_without_templates_keeps_the_furniture(tmp_path: Path) -> None:
    rows, expected = network_rows()
    out = tmp_path / "out"
    summary = dedup(write_articles(tmp_path / "in", rows), out, "--no-templates")
    got = texts(out)
    assert all("$5 Billed Once" in got[i] for i in expected)
    assert summary["templates"] == {} and not (out / "templates").exists()
    assert pl.read_parquet(out / "articles")["template_blocks"].null_count() > 0


def test_republished_story_and_wire_story_survive(tmp_path: Path) -> None:
    tpl = ["Sign up for our newsletter", "Follow us on social media for the latest news"]
    rows = outlet("daily.com", 4, tpl)
    again = story(50, 200)  # one story published twice by the outlet, same title
    for k in range(2):
        rows.append(article(f"again-{k}", again + "\n\n" + "\n\n".join(tpl), host="www.daily.com",
                            domain="daily.com", title="The same story twice",
                            url=f"https://www.daily.com/{k}/same-story"))
    wire = story(60, 200)  # one wire story carried by six outlets, each with 4 other pages
    for o in range(6):
        domain = f"outlet{o}.com"
        rows += outlet(domain, 4, [f"Copyright Outlet {o} Media"], seed=100 + 10 * o)
        rows.append(article(f"wire-{o}", wire, host=f"www.{domain}", domain=domain,
                            title=f"Wire story on outlet {o}"))
    out = tmp_path / "out"
    dedup(write_articles(tmp_path / "in", rows), out)
    got = texts(out)
    assert got["again-0"] == again and got["again-1"] == again
    assert all(got[f"wire-{o}"] == wire for o in range(6))
    assert got["daily.com-0"] == story(0, 120)
    assert got["outlet3.com-2"] == story(132, 120)


def test_template_only_pages_are_skipped_or_marked(tmp_path: Path) -> None:
    tpl = ["About the authors: two friends who write about gardens and travel since 2009.",
           "Featured events this month in the valley"]
    rows = outlet("blog.com", 5, tpl)
    rows += [article(f"box-{i}", "\n\n".join(tpl), host="blog.com", domain="blog.com",
                     title=f"Post number {chr(97 + i)} of the blog") for i in range(3)]
    src = write_articles(tmp_path / "in", rows)
    summary = dedup(src, tmp_path / "out")
    t = summary["templates"]
    assert t["template_only"] == 3 and t["skipped"] == {"template_only": 3}
    ids = set(pl.read_parquet(tmp_path / "out" / "clusters")["id"])
    assert not any(i.startswith("box-") for i in ids) and len(ids) == 5
    pages = pl.read_parquet(tmp_path / "out" / "templates").filter(pl.col("kind") == "page")
    assert sorted(pages["id"]) == ["box-0", "box-1", "box-2"]
    assert set(pages["articles"]) == {2}

    kept = dedup(src, tmp_path / "kept", "--keep-non-articles")
    arts = pl.read_parquet(tmp_path / "kept" / "articles")
    boxes = arts.filter(pl.col("id").str.starts_with("box-"))
    assert boxes.height == 3 and set(boxes["page_type"]) == {"template"}
    assert kept["relations"].get("exact", 0) == 0  # identical template pages never merge


def test_mostly_template_articles_do_not_merge(tmp_path: Path) -> None:
    tpl = [story(70 + i, 40) for i in range(2)]  # 80 words of furniture on every page
    rows = outlet("site.com", 5, tpl)
    teaser = story(90, 40)  # a panel on two pages only: below the template threshold
    for k in range(2):
        rows.append(article(f"thin-{k}", "\n\n".join([teaser, *tpl]), host="site.com",
                            domain="site.com", title=f"Thin page {chr(97 + k)}"))
    summary = dedup(write_articles(tmp_path / "in", rows), tmp_path / "out")
    assert summary["templates"]["mostly_template"] == 2
    assert summary["copies"] == 0
    with_off = dedup(tmp_path / "in", tmp_path / "off", "--no-templates", "--overwrite")
    assert with_off["copies"] >= 1  # without the stage the template merges pages


def test_same_output_for_any_jobs_partitions_and_files(tmp_path: Path) -> None:
    rows, _ = network_rows()
    rows += outlet("daily.com", 6, ["Newsletter", "Share this article on social media"])
    outs = []
    for k, (files, extra) in enumerate([(1, ["-j", "1"]), (3, ["-j", "2", "--partitions", "3"]),
                                        (5, ["-j", "2", "--partitions", "1"])]):
        src = write_articles(tmp_path / f"in{k}", rows, files=files)
        out = tmp_path / f"out{k}"
        dedup(src, out, *extra)
        outs.append(out)
    tables = [pl.read_parquet(o / "templates") for o in outs]
    assert all(t.equals(tables[0]) for t in tables[1:])
    assert all(texts(o) == texts(outs[0]) for o in outs[1:])


def test_against_an_earlier_release_knows_the_template(tmp_path: Path) -> None:
    tpl = ["Sign up for the morning briefing", "All rights reserved by the Morning Paper"]
    prev = tmp_path / "prev"
    dedup(write_articles(tmp_path / "in1", outlet("paper.com", 12, tpl)), prev)
    small = outlet("paper.com", 2, tpl, seed=40)
    alone = dedup(write_articles(tmp_path / "in2", small), tmp_path / "alone")
    assert alone["templates"]["blocks"] == 0
    summary = dedup(tmp_path / "in2", tmp_path / "out", "--against", str(prev))
    assert summary["templates"]["blocks"] == 2
    assert texts(tmp_path / "out")["paper.com-0"] == story(40, 120)
    table = pl.read_parquet(tmp_path / "out" / "templates")
    assert table["stories"].to_list() == [14, 14] and table["outlet_stories"].to_list() == [14, 14]


def test_explain_shows_the_removed_blocks(tmp_path: Path) -> None:
    rows, _ = network_rows()
    out = tmp_path / "out"
    dedup(write_articles(tmp_path / "in", rows), out)
    res = CliRunner().invoke(main, ["explain", str(out), "s0-orbitdaily", "s0-orbitwar",
                                    "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert sorted(data["a"]["template_blocks"]) == sorted(furniture("orbitdaily.com"))
    assert sorted(data["b"]["template_blocks"]) == sorted(furniture("orbitwar.com"))
    text = CliRunner().invoke(main, ["explain", str(out), "s0-orbitdaily", "s0-orbitwar"])
    assert "Template blocks removed from A: 7" in text.output
    assert "Your contribution helps keep Orbitdaily online" in text.output


@pytest.mark.parametrize("share", ["0", "1.5"])
def test_threshold_option_is_checked(tmp_path: Path, share: str) -> None:
    src = write_articles(tmp_path / "in", outlet("a.com", 2, []))
    result = CliRunner().invoke(main, ["dedup", str(src), "-o", str(tmp_path / "o"),
                                       "--template-threshold", share])
    assert result.exit_code == 2


def test_run_on_a_network_crawl_keeps_the_story_and_accounts_template_pages(
        tmp_path: Path) -> None:
    want = network_warc(tmp_path / "net.warc.gz", box_only=3)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "net.warc.gz"), "-o", str(out),
                                       "-j", "2"])
    assert result.exit_code == 0, result.output
    got = dict(zip(*pl.concat([pl.read_parquet(out / "articles"), pl.read_parquet(
        out / "copies")]).select("url", "text").to_dict(as_series=False).values(),
        strict=True))
    assert got == {u: t for u, t in want.items() if t}
    summary = json.loads((out / "summary.json").read_text())
    (entry,) = summary["inputs"]
    assert entry["skipped"]["template_only"] == 3 and entry["articles"] == len(got)
    assert entry["records"] == entry["articles"] + sum(entry["skipped"].values()) \
        + entry["errors"]
    assert summary["totals"]["skipped"]["template_only"] == 3
    assert "template-only pages" in result.output

    off = tmp_path / "off"
    CliRunner().invoke(main, ["run", str(tmp_path / "net.warc.gz"), "-o", str(off), "-j", "1",
                              "--no-templates"])
    texts_off = pl.read_parquet(off / "articles")["text"].to_list()
    assert sum(ABOUT in t for t in texts_off) >= 5  # the stage, not the extractor, took it
    assert sum(any(f in t for f in furniture(SITES[0])) for t in texts_off) >= 1


class Killed(Exception):
    pass


def test_crash_in_the_apply_stage_then_resume_skips_finished_tasks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warctools.templates.learn as learn
    from warctools.dedup import DedupParams, dedup_dataset
    from warctools.pipeline.output import prepare_output

    rows, _ = network_rows()
    src = write_articles(tmp_path / "in", rows, files=3, row_group=2)
    params = DedupParams(shard_rows=4, batch_rows=2)
    clean = tmp_path / "clean"
    dedup_dataset(src, clean, params=params)
    real = learn.apply_shard

    def crashing(task: Any) -> dict[str, Any]:
        if task.span.shard == 2:
            raise Killed()
        return real(task)

    out = tmp_path / "out"
    with monkeypatch.context() as m:
        m.setattr(learn, "apply_shard", crashing)
        with pytest.raises(Killed):
            dedup_dataset(src, out, params=params)
    work = out / "_work" / "dedup" / "templates"

    def mtimes(pattern: str) -> dict[str, int]:
        return {p.name: p.stat().st_mtime_ns for p in work.glob(pattern)}

    scanned, counted, applied = mtimes("scan-*.done.json"), mtimes("count-*.done.json"), \
        mtimes("apply-*.done.json")
    assert len(applied) == 2 and len(scanned) > 2
    prepare_output(out, overwrite=False, resume=True)
    dedup_dataset(src, out, params=params, keep_work=True)
    assert mtimes("scan-*.done.json") == scanned and mtimes("count-*.done.json") == counted
    now = mtimes("apply-*.done.json")
    assert {k: now[k] for k in applied} == applied and len(now) > len(applied)
    for table in ("articles", "copies", "clusters", "templates"):
        assert pl.read_parquet(out / table).equals(pl.read_parquet(clean / table)), table


def test_a_crawl_of_template_pages_only_gives_empty_tables(tmp_path: Path) -> None:
    tpl = "\n\n".join(["Sign up for the newsletter today", "All rights reserved by the Paper"])
    rows = [article(f"p{i}", tpl, host="paper.com", domain="paper.com",
                    title=f"Title {chr(97 + i)}") for i in range(5)]
    summary = dedup(write_articles(tmp_path / "in", rows), tmp_path / "out")
    assert summary["templates"]["template_only"] == 5 and summary["articles_in"] == 0
    for table in ("articles", "copies", "clusters"):
        assert pl.read_parquet(tmp_path / "out" / table).height == 0
    assert pl.read_parquet(tmp_path / "out" / "templates").height == 2 + 5
