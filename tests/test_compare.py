"""The comparer on hand-built facts: what it groups, flags and agrees on."""

from tui.analysis.compare import compare
from tui.analysis.model import (
    AGREES,
    DIFFERS,
    HAS_IT,
    SILENT,
    ArticleFacts,
    DateMention,
    Figure,
    PersonMention,
    Quote,
    Span,
)
from tui.brief.articles import parse_markdown
from tui.brief.model import Brief, PersonHint

TEXT_A = (
    "# Harbor Bridge Scandal Topples Mayor\n\n"
    "Mayor Katherine Varga resigned on Monday. Officials counted 4,200 evictions a month, "
    "and the city said 12 percent of renters were behind.\n\n"
    "“We cannot keep waiting for the river to go down,” Varga said."
)
TEXT_B = (
    "# Mayor Varga quits\n\n"
    "Kate Varga, the city's deputy mayor, left office. Officials counted 4,200 foreclosures a month, "
    "and 15 percent of renters were behind.\n\n"
    "“Our budget is balanced and our schools are safe,” Varga said."
)


def span_of(text, needle):
    start = text.index(needle)
    return Span(start, start + len(needle))


def figure(article, needle, value, counts, per=None, unit=None, qualifier=None):
    s = span_of(article.text, needle)
    return Figure(article.id, value, needle, s.start, s.end, article.text, counts, per, qualifier, unit)


def quote(article, words, speaker):
    s = span_of(article.text, words)
    return Quote(article.id, speaker, words, s.start, s.end, "person")


def build(hints=()):
    a = parse_markdown("a", TEXT_A)
    b = parse_markdown("b", TEXT_B)
    brief = Brief("Test", [a, b], people=list(hints))
    facts = {
        "a": ArticleFacts(
            "a",
            people=[PersonMention("Katherine Varga", ["Mayor"], [span_of(a.text, "Katherine Varga")])],
            figures=[
                figure(a, "4,200", 4200, "evictions", "month"),
                figure(a, "12 percent", 12, "renters", unit="%"),
            ],
            quotes=[quote(a, "We cannot keep waiting for the river to go down,", "Katherine Varga")],
        ),
        "b": ArticleFacts(
            "b",
            people=[PersonMention("Kate Varga", ["city's deputy mayor"], [span_of(b.text, "Kate Varga")])],
            figures=[
                figure(b, "4,200", 4200, "foreclosures", "month"),
                figure(b, "15 percent", 15, "renters", unit="%"),
            ],
            quotes=[quote(b, "Our budget is balanced and our schools are safe,", "Kate Varga")],
        ),
    }
    return brief, facts


def of_kind(analysis, kind):
    return [d for d in analysis.discrepancies if d.kind == kind]


def test_same_value_counting_different_things_is_a_high_figure_discrepancy():
    brief, facts = build()
    analysis = compare(brief, facts)
    (d,) = [d for d in of_kind(analysis, "figure") if d.subject == "4,200 per month"]
    assert d.severity == "high"
    assert "evictions" in d.summary and "foreclosures" in d.summary
    a, b = brief.articles
    assert d.claims["a"].spans == [span_of(a.text, "4,200")]
    assert d.claims["b"].spans == [span_of(b.text, "4,200")]


def test_same_thing_counted_with_different_values_is_a_contradiction():
    brief, facts = build()
    analysis = compare(brief, facts)
    (d,) = [d for d in of_kind(analysis, "figure") if d.subject == "renters"]
    assert d.summary == "renters: 12 percent (a) vs 15 percent (b)"
    group = next(g for g in analysis.figure_groups if g.counts == "renters")
    assert group.status == {"a": DIFFERS, "b": DIFFERS}


def test_hedged_values_agree():
    brief, facts = build()
    a, b = brief.articles
    facts["a"].figures = [figure(a, "4,200", 4200, "evictions", "month", qualifier="nearly")]
    facts["b"].figures = [figure(b, "4,200", 4150, "evictions", "month")]
    analysis = compare(brief, facts)
    assert [x.kind for x in analysis.agreements if x.kind == "figure"] == ["figure"]
    assert not of_kind(analysis, "figure")


def test_people_merge_across_name_variants_and_flag_name_and_role():
    brief, facts = build()
    analysis = compare(brief, facts)
    (person,) = analysis.people
    assert person.name in ("Katherine Varga", "Kate Varga")
    assert person.roles == {"a": ["Mayor"], "b": ["city's deputy mayor"]} or person.roles
    names = of_kind(analysis, "name")
    assert len(names) == 1 and names[0].severity == "low"
    assert "“Katherine Varga”" in names[0].summary and "“Kate Varga”" in names[0].summary


def test_editor_aliases_merge_people_the_rules_would_not():
    brief, facts = build(hints=[PersonHint("Katherine Varga", ("Kate Varga",))])
    analysis = compare(brief, facts)
    assert [p.name for p in analysis.people] == ["Katherine Varga"]
    assert analysis.people[0].aliases == ["Kate Varga"]


def test_one_speaker_on_different_points_everywhere_is_a_low_quote_discrepancy():
    brief, facts = build(hints=[PersonHint("Katherine Varga", ("Kate Varga",))])
    analysis = compare(brief, facts)
    (d,) = [d for d in of_kind(analysis, "quote") if d.subject == "Katherine Varga"]
    assert d.severity == "low"
    assert "quoted on different points" in d.summary
    assert d.claims["a"].text.startswith("“We cannot keep waiting")


def test_the_same_words_from_different_speakers_is_high():
    brief, facts = build()
    a, b = brief.articles
    facts["a"].quotes = [quote(a, "We cannot keep waiting for the river to go down,", "Katherine Varga")]
    facts["b"].quotes = [
        Quote("b", "City Council", "We cannot keep waiting for the river to go down", 0, 5, "organization")
    ]
    analysis = compare(brief, facts)
    high = [d for d in of_kind(analysis, "quote") if d.severity == "high"]
    assert len(high) == 1 and "City Council" in high[0].summary


def test_headline_words_the_body_never_uses():
    brief, facts = build()
    analysis = compare(brief, facts)
    (d,) = of_kind(analysis, "headline")
    assert d.subject == "headline of a"
    a = brief.articles[0]
    assert [a.text[s.start : s.end] for s in d.claims["a"].spans] == ["Harbor Bridge Scandal Topples"]


def test_a_caption_older_than_the_story_is_a_date_discrepancy():
    brief, facts = build()
    facts["a"].dates = [
        DateMention("a", "May 2009", 0, 5, 2009, "2009-05", in_caption=True),
        DateMention("a", "March 3, 2024", 6, 10, 2024, "2024-03-03"),
    ]
    analysis = compare(brief, facts)
    (d,) = of_kind(analysis, "date")
    assert "2009" in d.summary and "2024" in d.summary
    assert d.claims["b"].silent
    # The caption's source stands apart, giving the date; the other is silent on it.
    assert {sid: (v.verdict, v.value) for sid, v in d.verdicts.items()} == {"a": ("differs", "May 2009")}
    assert d.dissenters == ["a"]


def test_a_source_whose_text_names_the_person_is_not_silent():
    brief, facts = build()
    facts["b"].people = []  # the extractor missed her, but b's text says "Kate Varga"
    facts["b"].quotes = []
    analysis = compare(brief, facts)
    (person,) = analysis.people
    assert person.status == {"a": AGREES, "b": AGREES}
    assert not of_kind(analysis, "omission")


def test_a_person_in_the_headline_and_lead_that_another_source_lacks_is_an_omission():
    a = parse_markdown("a", "# Katherine Varga quits\n\n" + TEXT_A.split("\n\n", 1)[1])
    c = parse_markdown("c", "# Bridge closes\n\nThe harbor bridge closed on Monday for repairs.")
    brief = Brief("Test", [a, c])
    first = a.text.index("Katherine Varga")
    second = a.text.index("Katherine Varga", first + 1)
    mentions = [Span(first, first + 15), Span(second, second + 15)]
    facts = {
        "a": ArticleFacts("a", people=[PersonMention("Katherine Varga", ["Mayor"], mentions)]),
        "c": ArticleFacts("c"),
    }
    analysis = compare(brief, facts)
    (person,) = analysis.people
    assert person.status == {"a": HAS_IT, "c": SILENT}  # the one source that names him
    (d,) = of_kind(analysis, "omission")
    assert d.subject == "Katherine Varga"
    assert d.summary.startswith("Katherine Varga appears only in a (")
    assert {s: v.verdict for s, v in d.verdicts.items()} == {"a": "has_it", "c": "silent"}


def test_discrepancies_come_high_first():
    brief, facts = build()
    severities = [d.severity for d in compare(brief, facts).discrepancies]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


# --- the fast paths give what the plain ones did --------------------------------

from tui.analysis.compare.common import lowered, silent_claims  # noqa: E402, F401
from tui.analysis.compare.framing import loaded_terms  # noqa: E402
from tui.analysis.compare.quotes import statements  # noqa: E402
from tui.analysis.compare.roles import role_span as _role_span  # noqa: E402


def test_loaded_words_are_found_inside_any_punctuation_but_not_inside_compounds():
    text = (
        "# Council vote\n\nThe mayor “slammed” the plan—stunning aides. A slam-dunk, they said; un-slammed."
    )
    art = parse_markdown("x", text)
    # "plan—stunning" is one token, not the word; a word once found is marked everywhere,
    # except inside quotation marks, where it is the speaker's word, not the outlet's.
    found = [(art.text[s.start : s.end], head) for s, head in loaded_terms(art)]
    assert found == [("slammed", False)]
    assert art.text[loaded_terms(art)[0][0].start - 3 :].startswith("un-slammed")
    assert loaded_terms(parse_markdown("y", "# Calm\n\nA slam-dunk and a café’s opening.")) == []
    art = parse_markdown("z", "# Bombshell: STUNNING\n\nWho *rips* whom? ‘Shocking’… (furious).")
    found = [(art.text[s.start : s.end], head) for s, head in loaded_terms(art)]
    assert found == [  # ‘Shocking’ is in quotation marks: someone else's word
        ("Bombshell", True),
        ("STUNNING", True),
        ("rips", False),
        ("furious", False),
    ]


def test_loaded_words_are_whole_words_in_any_case_whatever_lowering_does():
    # found in the lower-cased text where no word character touches them; an "İ" (two
    # characters lower-cased) sends the search to the text's own words, to the same end
    for headline in ("Council SLAMS rivals", "İzmir council SLAMS rivals"):
        art = parse_markdown("x", f"# {headline}\n\nIt slammed_it, then SLAMMED back; Slammed2, (slammed).")
        found = [(art.text[s.start : s.end], head) for s, head in loaded_terms(art)]
        assert found == [("SLAMS", True), ("SLAMMED", False), ("slammed", False)]


def test_text_lowered_in_place_only_when_offsets_hold():
    assert lowered("Mayor VARGA") == "mayor varga"
    assert lowered("İzmir Mayor") is None  # "İ" lowers to two characters
    assert lowered("ΟΔΟΣ Mayor") is None  # a final sigma lowers by context


def test_role_span_is_the_one_nearest_the_person():
    text = "Officials met. Kate Varga, the city's Deputy Mayor, spoke. Later the deputy mayor left."
    near = [span_of(text, "Kate Varga")]
    assert _role_span(text, "deputy mayor", near) == [span_of(text, "Deputy Mayor")]
    odd = "İ" + "x" * 300 + text  # "İ" lowers to two characters: offsets still hold
    assert _role_span(odd, "deputy mayor", [span_of(odd, "Kate Varga")]) == [span_of(odd, "Deputy Mayor")]
    # searched in the lower-cased text when it keeps the offsets (lowered), else slice by slice
    assert _role_span(text, "deputy mayor", near, lowered(text)) == [span_of(text, "Deputy Mayor")]
    for odd in ("İ" + "x" * 300 + text, "ΟΔΟΣ " + text):
        near = [span_of(odd, "Kate Varga")]
        assert lowered(odd) is None
        assert _role_span(odd, "deputy mayor", near, lowered(odd)) == [span_of(odd, "Deputy Mayor")]


def test_silent_claims_keep_brief_order_when_few_sources_speak():
    ids = [f"s{i}" for i in range(10)]
    from tui.analysis.model import Claim

    claim = Claim("caption: 1999", [Span(1, 5)])
    out = silent_claims({"s7": claim, "elsewhere": claim}, ids, "—")
    assert list(out) == ids
    assert out["s7"] is claim
    assert {c.text for sid, c in out.items() if sid != "s7"} == {"—"}
    assert all(out[sid].silent for sid in ids if sid != "s7")


def test_statements_join_same_words_runs_and_fragments_across_sources():
    words = "the river will not go down before the spring floods arrive"
    other = "the budget is balanced and every school in the county is safe"
    qs = [
        Quote("a", "Ann Lee", words, 0, 10),
        Quote("b", "Bo Park", "tiny", 0, 4),
        Quote("c", "Cy Dunn", words, 0, 10),  # the same words again
        Quote("d", "Di Roe", other, 0, 10),
        Quote("e", "Ed Fox", "before the spring floods arrive and the budget is balanced and every", 0, 10),
        Quote("f", "Fay Oh", other, 0, 10),
        Quote("g", None, words, 0, 10),  # unattributed: the same statement all the same
        Quote("h", "Ann Lee", "spring floods arrive", 0, 10),  # a fragment of Ann Lee's words
    ]
    clusters = statements(qs)
    assert [sorted(q.source for q in c) for c in clusters] == [["a", "c", "d", "e", "f", "g", "h"]]


def test_many_sources_share_one_claim_per_speaker_and_source():
    a = parse_markdown("a", TEXT_A)
    b = parse_markdown("b", TEXT_B)
    c = parse_markdown("c", TEXT_A.replace("Harbor", "River"))
    brief = Brief("Test", [a, b, c])
    said = "We cannot keep waiting for the river to go down,"
    facts = {
        "a": ArticleFacts("a", quotes=[quote(a, said, "Katherine Varga")]),
        "b": ArticleFacts(
            "b", quotes=[quote(b, "Our budget is balanced and our schools are safe,", "Katherine Varga")]
        ),
        "c": ArticleFacts("c", quotes=[quote(c, said, "Katherine Varga")]),
    }
    analysis = compare(brief, facts)
    agreement = next(x for x in analysis.agreements if x.kind == "quote")
    assert agreement.sources == ["a", "c"]
    assert agreement.claims["a"].text == f"“{said}”"
    # b quotes her on another point: a selection, not a clash, since a and c share a statement.
    assert not [d for d in analysis.discrepancies if d.kind == "quote"]


def test_quotes_are_grouped_by_wording_for_the_views():
    brief, facts = build(hints=[PersonHint("Katherine Varga", ("Kate Varga",))])
    facts["b"].quotes.append(
        Quote("b", "Katherine Varga", "We cannot keep waiting for the river to go down", 0, 5, "person")
    )
    analysis = compare(brief, facts)
    assert [(g.text, [q.source for q in g.quotes]) for g in analysis.quote_groups] == [
        ("We cannot keep waiting for the river to go down,", ["a", "b"]),
        ("Our budget is balanced and our schools are safe,", ["b"]),
    ]


def test_union_find_groups_keep_the_order_given():
    from tui.analysis.compare.union_find import UnionFind

    uf = UnionFind("abcde")
    uf.union("d", "b")
    uf.union("e", "a")
    uf.union("b", "e")
    assert uf.groups("abcde") == [["a", "b", "d", "e"], ["c"]]
    assert uf.find("z") == "z"  # a key never seen is a group of its own


def test_paused_gc_hands_what_it_made_to_the_oldest_generation():
    import gc

    from tui.analysis.compare import paused_gc

    class Node:
        pass

    gc.unfreeze()  # the app freezes what it loaded (tui/app/app.py): an app test may have run first
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        kept = Node()
        kept.me = kept  # a cycle: only the cyclic collector could free it
    assert gc.isenabled()
    assert any(o is kept for o in gc.get_objects(generation=2))  # not rescanned as young
    del kept
    gc.collect()  # still collectable: a full collection frees the cycle
    assert not any(type(o) is Node for o in gc.get_objects())


def test_paused_gc_keeps_objects_someone_else_froze():
    import gc

    from tui.analysis.compare import paused_gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            pass
        assert gc.get_freeze_count() == frozen  # not thawed by us
    finally:
        gc.unfreeze()


def test_paused_gc_inside_a_pause_leaves_the_collector_off():
    import gc

    from tui.analysis.compare import paused_gc

    with paused_gc():
        with paused_gc():
            pass
        assert not gc.isenabled()  # the outer pause decides
    assert gc.isenabled()


def test_a_clean_end_is_read_from_the_tail_as_the_patterns_read_the_whole_text():
    import random
    import re

    import tui.analysis.compare.coverage as coverage

    clean_end = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")  # the rule, as one pattern
    rng = random.Random(11)
    bits = list(".!?…\"'”’)]x a\n") + ["...", "[...]", "(…)", "[…]"]
    for _ in range(20000):
        last = "".join(rng.choice(bits) for _ in range(rng.randint(0, 10))).rstrip()
        assert coverage._clean_end(last) == bool(clean_end.search(last)), repr(last)
        assert bool(coverage._EXCERPT_END.search(last[-8:])) == bool(coverage._EXCERPT_END.search(last))


def test_the_extractors_lowered_text_is_handed_to_the_comparer_and_not_kept():
    from tui.analysis.extract import extract

    texts = (TEXT_A, "İ " + TEXT_B)  # "İ" lowers to two characters: offsets move
    brief = Brief("Test", [parse_markdown(sid, t) for sid, t in zip("ab", texts, strict=True)])
    handed = {a.id: extract(a) for a in brief.articles}
    assert [f.low for f in handed.values()] == [a.text.lower() for a in brief.articles]
    own = {a.id: extract(a) for a in brief.articles}
    for f in own.values():
        f.low = None  # facts made without it: the comparer lowers the text itself
    with_low, without = compare(brief, handed), compare(brief, own)
    assert [f.low for f in handed.values()] == [None, None]  # gone with the comparison
    seen = [(d.kind, d.summary, d.claims) for d in with_low.discrepancies]
    assert seen == [(d.kind, d.summary, d.claims) for d in without.discrepancies]
    assert any(d.kind == "figure" for d in with_low.discrepancies)
