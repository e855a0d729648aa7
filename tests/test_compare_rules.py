"""The comparison's rules on synthetic briefs of our own, end to end (load → extract →
compare): one brief per rule, each asserting what a fact-checker would see."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.brief.load import load_brief


def brief_of(tmp_path: Path, **articles: str):
    """A zero-config brief: one markdown file per keyword argument, published the same day
    unless the text has its own front matter."""
    for sid, text in articles.items():
        if not text.startswith("---"):
            text = f"---\npublished: 2031-05-06\n---\n{text}"
        (tmp_path / f"{sid}.md").write_text(text, encoding="utf-8")
    return analyze(load_brief([tmp_path]))


def of_kind(analysis, kind, predicate=None):
    """The discrepancies of one kind (and, when given, one predicate), in report order."""
    return [d for d in analysis.discrepancies if d.kind == kind and predicate in (None, d.predicate)]


def verdicts(finding):
    return {sid: v.verdict for sid, v in finding.verdicts.items()}


# --- figures ----------------------------------------------------------------------


def test_a_deal_at_two_values_among_several_money_figures(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Acme to buy Bolt\n\nAcme Corp agreed to buy Bolt Industries for $4.2 billion in cash, the "
        "companies said. Acme reported revenue of $12 billion last year.\n\n"
        "The deal includes a $150 million break-up fee.\n",
        b="# Acme buys Bolt\n\nAcme Corp will buy Bolt Industries for $3.9 billion, the companies said. "
        "Bolt carries $800 million in debt.\n\nThe deal includes a $150 million break-up fee.\n",
    )
    (clash,) = of_kind(analysis, "figure")
    assert "$3.9 billion (b)" in clash.summary and "$4.2 billion (a)" in clash.summary
    assert verdicts(clash) == {"a": "differs", "b": "differs"}  # one against one: no consensus
    assert clash.consensus is None
    (fee,) = [a for a in analysis.agreements if a.kind == "figure"]
    assert "$150 million" in fee.summary
    assert {(o.source, o.subject) for o in analysis.only_here if o.kind == "figure"} == {
        ("a", "$12 billion revenue"),
        ("b", "$800 million debt"),
    }


def test_the_ones_still_to_come_never_meet_the_total(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Debate\n\nThere are two more council debates on the calendar before the vote.\n",
        b="# Debate\n\nTuesday's debate is the second of three council debates before the vote.\n",
    )
    assert of_kind(analysis, "figure") == []


def test_a_percentage_and_a_count_of_the_same_thing_never_meet(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Chain to close stores\n\nThe chain will close 40 percent of its stores by June.\n",
        b="# Chain closes stores\n\nThe chain will close 680 stores by June.\n",
    )
    assert of_kind(analysis, "figure") == []


def test_a_toll_with_and_without_its_counted_thing_still_clashes(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Quake kills dozens\n\nThe earthquake killed 43 people in the mountain villages of the "
        "northern province, officials said.\n",
        b="# Quake toll rises\n\nIn the mountain villages of the northern province, the earthquake's toll "
        "rose to 51, officials said.\n",
    )
    (clash,) = of_kind(analysis, "figure")
    assert "43" in clash.summary and "51" in clash.summary


def test_two_majority_sources_name_the_consensus_and_the_dissenter(tmp_path):
    text = "# Flood aid\n\nThe state approved ${} million in flood aid for the river towns on Monday.\n"
    analysis = brief_of(
        tmp_path, a=text.format(45), b=text.format(45).replace("river", "riverside"), c=text.format(40)
    )
    (clash,) = of_kind(analysis, "figure")
    assert clash.consensus == "$45 million"
    assert clash.dissenters == ["c"]
    assert verdicts(clash) == {"a": "agrees", "b": "agrees", "c": "differs"}


# --- origins and texts cut off ----------------------------------------------------

WIRE = (
    "WASHINGTON (AP) — The House approved a $12 billion highway bill on Thursday after a long debate "
    "over how to pay for road repairs in rural counties across the country.\n\n"
    "Supporters said the measure would fund bridge repairs in every state and create construction jobs "
    "over the next five years, while critics said it added to the deficit without new revenue.\n\n"
    "The Senate is expected to take up the bill next month, and the White House has said the president "
    "would sign it if it reaches his desk in its current form.\n"
)


def test_two_syndicated_copies_and_one_independent_source(tmp_path):
    analysis = brief_of(
        tmp_path,
        gazette="# House passes highway bill\n\n" + WIRE,
        herald="# Highway bill clears House\n\n" + WIRE,
        tribune="# Road money approved\n\nLawmakers in the House voted for a $12 billion highway bill "
        "on Thursday. The measure now goes to the Senate.\n",
    )
    assert sorted(map(sorted, analysis.origins)) == [["gazette", "herald"], ["tribune"]]
    (money,) = [a for a in analysis.agreements if a.kind == "figure" and "$12 billion" in a.subject]
    assert money.sources == ["gazette", "herald", "tribune"]
    assert money.origins == 2
    assert "(3 sources, 2 independent)" in money.summary


def test_a_text_cut_off_cannot_tell_what_the_others_say_after_its_end(tmp_path):
    full = (
        "# Council budget\n\nThe city council met on Monday to debate the budget for next year, which "
        "the mayor sent to members last week after months of hearings.\n\n"
        + "Members spent the morning on parks, libraries and the bus service in the northern districts. " * 6
        + "\n\nLate in the day, Treasurer Ana Pruitt said the reserve fund holds $2 billion.\n"
    )
    cut = (
        "# Council budget\n\nThe city council met on Monday to debate the budget for next year, which "
        "the mayor sent to members last week after months of hearings.\n\nMembers spent the morning on parks and"
    )
    analysis = brief_of(tmp_path, full=full, cut=cut)
    assert analysis.cut_off == {"cut": "stops mid-sentence"}
    pruitt = next(p for p in analysis.people if p.name == "Ana Pruitt")
    assert pruitt.status == {"full": "agrees", "cut": "cannot_tell"}
    assert not of_kind(analysis, "omission")  # the cut text might have named her


def test_a_source_marked_partial_never_tells_by_its_silence(tmp_path):
    analysis = brief_of(
        tmp_path,
        full="# Port strike\n\nDockworkers walked out at the port on Monday. Union leader Sam Ortiz said "
        "the strike would last a week.\n",
        excerpt="---\npartial: true\n---\n# Port strike\n\nDockworkers walked out at the port on Monday.\n",
    )
    assert analysis.cut_off == {"excerpt": "marked partial"}
    ortiz = next(p for p in analysis.people if p.name == "Sam Ortiz")
    assert ortiz.status["excerpt"] == "cannot_tell"


# --- dates ------------------------------------------------------------------------


def test_one_event_on_two_weekdays(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Plan approved\n\nThe county board met on Tuesday and approved the harbor dredging plan.\n",
        b="# Dredging plan passes\n\nThe county board met on Thursday and approved the harbor dredging plan.\n",
    )
    (d,) = of_kind(analysis, "date", "when")
    assert "“Tuesday” (a)" in d.summary and "“Thursday” (b)" in d.summary


def test_a_weekday_that_dates_another_verb_is_no_clash(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Board approves plan\n\nThe county board approved the harbor dredging plan, the chair said Tuesday.\n",
        b="# Board approves plan\n\nThe county board approved the harbor dredging plan on Monday evening.\n",
    )
    assert of_kind(analysis, "date", "when") == []


def test_year_ranges_for_one_program(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Tutoring ends\n\nThe tutoring program ran in the county schools from 2005 to 2010.\n",
        b="# Tutoring program\n\nThe tutoring program ran in the county schools from 2012 to 2016.\n",
    )
    (d,) = of_kind(analysis, "date", "when")
    assert "from 2005 to 2010" in d.summary and "from 2012 to 2016" in d.summary


def test_last_week_within_last_month_is_no_clash(tmp_path):
    early = "---\npublished: 2031-05-02\n---\n"  # last week (April 21-27) lies in last month
    analysis = brief_of(
        tmp_path,
        a=early + "# Fund report\n\nThe trustees' report on the pension fund, issued last month, said "
        "the fund will run dry by 2040.\n",
        b=early + "# Fund warning\n\nThe trustees of the pension fund warned last week that the fund "
        "will run dry by 2040.\n",
    )
    assert of_kind(analysis, "date", "when") == []


def test_last_month_against_last_week(tmp_path):
    mid_month = "---\npublished: 2031-05-16\n---\n"  # last week (May 5-11) is not in last month (April)
    analysis = brief_of(
        tmp_path,
        a=mid_month + "# Fund report\n\nThe trustees' report on the pension fund, issued last month, said "
        "the fund will run dry by 2040.\n",
        b=mid_month + "# Fund warning\n\nThe trustees of the pension fund warned last week that the fund "
        "will run dry by 2040.\n",
    )
    (d,) = of_kind(analysis, "date", "when")
    assert "“last month” (a)" in d.summary and "“last week” (b)" in d.summary


# --- people -----------------------------------------------------------------------


def test_a_one_letter_slip_is_one_person_with_the_variant_reported(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Senate vote\n\nSenator Lindsey Graham voted for the bill on Monday. Graham said it was fair.\n",
        b="# Senate vote\n\nSenator Lindsay Graham voted for the bill on Monday. Graham called it fair.\n",
    )
    grahams = [p for p in analysis.people if p.name.endswith("Graham")]
    assert len(grahams) == 1 and set(grahams[0].mentions) == {"a", "b"}
    (d,) = of_kind(analysis, "name")
    assert "“Lindsey Graham” (a)" in d.summary and "“Lindsay Graham” (b)" in d.summary
    assert not of_kind(analysis, "omission")


def test_two_letters_swapped_in_a_surname_are_one_person_with_the_variant_reported(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Party vote\n\nChairman Dorian Friebel won a second term on Monday. Friebel thanked the members.\n",
        b="# Party vote\n\nChairman Dorian Freibel won a second term on Monday. Freibel thanked the members.\n",
    )
    assert len([p for p in analysis.people if p.name.startswith("Dorian")]) == 1
    (d,) = of_kind(analysis, "name")
    assert "“Dorian Friebel” (a)" in d.summary and "“Dorian Freibel” (b)" in d.summary


def test_a_name_inside_a_hyphenated_compound_is_a_mention(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Tax cuts\n\nSenators fought over the Halvorsen tax cuts on Monday, the Halvorsen plan's last week.\n",
        b="# Tax cuts\n\nSenators fought over the Halvorsen-era tax cuts on Monday.\n",
    )
    assert not [d for d in of_kind(analysis, "omission") if "Halvorsen" in d.subject]


def test_a_middle_initial_is_house_style_not_a_discrepancy(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Court ruling\n\nChief Justice John G. Roberts Jr. wrote the opinion.\n",
        b="# Court ruling\n\nChief Justice John Roberts wrote the opinion.\n",
    )
    assert of_kind(analysis, "name") == []


@pytest.mark.parametrize(
    ("role_a", "role_b", "clash"),
    [
        ("Councillor", "council member", False),
        ("company president", "chief executive", True),
        ("former mining executive", "chief executive of Rock Mining", True),
        ("state senator", "Senate candidate", False),
    ],
)
def test_roles_clash_only_when_both_cannot_be_true(tmp_path, role_a, role_b, clash):
    analysis = brief_of(
        tmp_path,
        a=f"# Mine deal\n\nThe deal was signed by Maya Ferro, {role_a}, on Monday.\n",
        b=f"# Mine deal\n\nThe deal was signed by Maya Ferro, {role_b}, on Monday.\n",
    )
    assert bool(of_kind(analysis, "role")) is clash


def test_a_place_spelled_two_ways(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Recruits\n\nThe recruits trained for six months on Parris Island before deployment.\n",
        b="# Recruits\n\nThe recruits trained for six months on Paris Island before deployment.\n",
    )
    (d,) = of_kind(analysis, "name", "spelling")
    assert "“Parris” (a)" in d.summary and "“Paris” (b)" in d.summary
    assert "“Paris Island”" in d.claims["b"].text
    assert verdicts(d) == {"a": "differs", "b": "differs"} and d.consensus is None  # one against one


def test_a_misspelled_weekday_is_no_name_spelled_two_ways(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Vote\n\nThe council said on Wednedsay that the Tarn bridge vote would wait.\n",
        b="# Vote\n\nThe council said on Wednesday that the Tarn bridge vote would wait.\n",
    )
    assert of_kind(analysis, "name", "spelling") == []


def test_a_spelling_two_sources_share_is_the_consensus(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Recruits\n\nThe recruits trained for six months on Parris Island before deployment.\n",
        b="# Recruits\n\nThe recruits trained for six months on Paris Island before deployment.\n",
        c="# Recruits\n\nThe recruits spent six months on Parris Island, the Marines said.\n",
    )
    (d,) = of_kind(analysis, "name", "spelling")
    assert verdicts(d) == {"a": "agrees", "b": "differs", "c": "agrees"}
    assert d.consensus == "Parris" and d.dissenters == ["b"]
    assert d.verdicts["b"].value == "Paris Island"


# --- quotes -----------------------------------------------------------------------


def test_one_statement_credited_to_different_speakers(tmp_path):
    said = "The levee will hold through the spring floods"
    analysis = brief_of(
        tmp_path,
        a=f'# Levee\n\n"{said}," said Mayor Rita Holm.\n',
        b=f'# Levee\n\n"{said}," said Engineer Paul Dane.\n',
    )
    (d,) = of_kind(analysis, "quote", "speaker")
    assert d.severity == "high"
    assert "Rita Holm (a)" in d.summary and "Paul Dane (b)" in d.summary


def test_a_different_name_in_a_quote_is_a_wording_discrepancy(tmp_path):
    analysis = brief_of(
        tmp_path,
        a='# Port\n\n"Now it looks like Halvorsen is going to win the port vote this spring," said Mayor Ann Lee.\n',
        b='# Port\n\n"Now it looks like Brandvold is going to win the port vote this spring," said Mayor Ann Lee.\n',
    )
    (d,) = of_kind(analysis, "quote", "wording")
    assert "halvorsen" in d.summary and "brandvold" in d.summary


def test_a_dropped_negation_is_a_high_quote_discrepancy(tmp_path):
    analysis = brief_of(
        tmp_path,
        a='# Budget\n\n"If we do not pass this budget by Friday, the schools will close," said Governor Ann Lee.\n',
        b='# Budget\n\n"If we pass this budget by Friday, the schools will close," said Governor Ann Lee.\n',
    )
    (d,) = of_kind(analysis, "quote", "wording")
    assert d.severity == "high" and "negates" in d.summary


def test_quoting_more_or_less_of_a_statement_is_no_discrepancy(tmp_path):
    analysis = brief_of(
        tmp_path,
        a='# Budget\n\n"We will pass this budget by Friday and keep every school open," said Governor Ann Lee.\n',
        b='# Budget\n\n"We will pass this budget by Friday," said Governor Ann Lee.\n',
    )
    assert of_kind(analysis, "quote") == []
    assert [a.kind for a in analysis.agreements if a.kind == "quote"] == ["quote"]


# --- headlines and framing ----------------------------------------------------------


def test_placeholders_and_descriptors_in_a_headline_are_not_claims(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# VIDEO: Retail giant cuts jobs\n\nAcme said on Monday it would cut 500 jobs at its stores.\n",
        b="# Acme to cut jobs\n\nAcme will cut 500 jobs at its stores, the retail giant said.\n",
    )
    assert of_kind(analysis, "headline") == []


def test_a_name_no_text_supports_is_a_headline_discrepancy(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Acme Cuts Stun Harbor Town\n\nAcme said on Monday it would cut 500 jobs at its stores.\n",
        b="# Acme to cut jobs\n\nAcme will cut 500 jobs at its stores.\n",
    )
    (d,) = of_kind(analysis, "headline")
    assert "“Harbor Town”" in d.summary
    assert verdicts(d) == {"a": "differs"} and d.dissenters == ["a"]  # b is silent: it never says it
    assert d.verdicts["a"].value == "Harbor Town"


def test_an_unsupported_headline_number_is_reported_without_the_words_beside_it(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Ad In 1998 Targeted Mayor Over Dredging\n\nThe mayor was criticised over dredging years ago.\n",
        b="# Mayor criticised over dredging\n\nThe mayor faced criticism over the dredging plan.\n",
    )
    (d,) = of_kind(analysis, "headline")
    assert "“1998”" in d.summary and "Targeted" not in d.summary
    (span,) = d.claims["a"].spans
    assert analysis.brief.articles[0].text[span.start : span.end] == "1998"


def test_a_headline_word_only_the_last_of_many_bodies_uses_is_supported(tmp_path):
    # Past the first bodies few stems are left to find, and a body holding none of them
    # is not read: the one body that does use the words must still be found. (Short
    # words: a stem of four letters or more is also looked for inside compounds.)
    plain = "# Acme to cut jobs\n\nAcme said on Monday it would cut 500 jobs at its stores.\n"
    bodies = {f"s{i:02d}": plain for i in range(40)}
    bodies["s00"] = "# Acme ends the Zoo Fee plan for now\n\nAcme said on Monday it would cut 500 jobs.\n"
    bodies["s39"] = "# Acme to cut jobs\n\nAcme will cut 500 jobs and end its zoo fee plan for now.\n"
    assert of_kind(brief_of(tmp_path, **bodies), "headline") == []
    bodies["s39"] = plain  # now no body names the Zoo Fee
    again = tmp_path / "again"
    again.mkdir()
    (d,) = of_kind(brief_of(again, **bodies), "headline")
    assert "“Zoo Fee plan”" in d.summary and d.dissenters == ["s00"]


def test_a_wire_paragraph_read_once_still_supports_every_headline(tmp_path):
    # The same paragraph of wire copy in many bodies is split once: a word it holds
    # supports each headline, the one of a source carrying that paragraph among them,
    # and a word no paragraph holds is still reported.
    wire = "Acme said on Monday it would close the Harbor Town depot and cut 500 jobs."
    bodies = {f"s{i:02d}": f"# Acme to cut jobs\n\n{wire}\n\nShares fell {i} percent.\n" for i in range(30)}
    bodies["s07"] = f"# Acme Closes Harbor Town Depot\n\n{wire}\n\nShares fell 7 percent.\n"
    assert of_kind(brief_of(tmp_path, **bodies), "headline") == []
    bodies["s07"] = f"# Acme Closes Marlow Sound Depot\n\n{wire}\n\nShares fell 7 percent.\n"
    again = tmp_path / "again"
    again.mkdir()
    (d,) = of_kind(brief_of(again, **bodies), "headline")
    assert "“Marlow Sound”" in d.summary and d.dissenters == ["s07"]


def test_headlines_that_give_one_subject_opposite_stances(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Union Open to Pension Cuts\n\nThe union said it would discuss pension changes.\n",
        b="# Union Pushes Back on Pension Cuts\n\nThe union said it would discuss pension changes.\n",
    )
    (d,) = of_kind(analysis, "headline", "stance")
    assert "“Open to” (a)" in d.summary and "“Pushes Back” (b)" in d.summary
    assert {sid: (v.verdict, v.value) for sid, v in d.verdicts.items()} == {
        "a": ("differs", "Open to"),
        "b": ("differs", "Pushes Back"),
    }


def test_a_loaded_headline_differs_and_the_plain_one_agrees(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Council Slams Reckless Harbor Plan\n\nThe council voted 7-2 on Monday against the harbor plan.\n",
        b="# Council rejects harbor plan\n\nThe council voted 7-2 on Monday against the harbor plan.\n",
    )
    (d,) = of_kind(analysis, "framing")
    assert d.subject == "loaded headline of a"
    assert verdicts(d) == {"a": "differs", "b": "agrees"} and d.dissenters == ["a"]


def test_loaded_wording_in_quotes_is_the_speakers_not_the_outlets(tmp_path):
    analysis = brief_of(
        tmp_path,
        a='# Council vote\n\nThe council approved the plan. "This is a disgraceful, shameful vote," said '
        "Councillor Ed Moss.\n",
        b="# Council vote\n\nThe council approved the plan on Monday.\n",
    )
    assert of_kind(analysis, "framing") == []


def test_record_claims_that_cannot_both_hold(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Storm\n\nThe storm was the worst since 1998, officials said, as rivers flooded the coastal towns.\n",
        b="# Storm\n\nThe storm was the largest ever recorded on the coast, flooding rivers and coastal towns.\n",
    )
    (d,) = of_kind(analysis, "framing", "record")
    assert "worst since 1998" in d.summary and "largest ever" in d.summary
    assert verdicts(d) == {"a": "differs", "b": "differs"} and d.consensus is None


# --- ids ----------------------------------------------------------------------------


def test_finding_ids_are_stable_across_runs_and_unrelated_edits(tmp_path):
    a = "# Flood aid\n\nThe state approved $45 million in flood aid for the river towns on Monday.\n"
    b = "# Flood aid\n\nThe state approved $40 million in flood aid for the river towns on Monday.\n"
    first = brief_of(tmp_path, a=a, b=b)
    again = brief_of(tmp_path, a=a, b=b)
    edited = brief_of(tmp_path, a=a + "\nThe rain stopped late in the evening.\n", b=b)
    ids = [d.id for d in first.discrepancies]
    assert ids and ids == [d.id for d in again.discrepancies]
    assert set(ids) <= {d.id for d in edited.discrepancies}
    assert all(i.startswith(f"{d.kind}-") for i, d in zip(ids, first.discrepancies, strict=True))


def test_a_source_that_writes_the_quotes_words_without_marks_is_not_silent(tmp_path):
    said = "We will rebuild the harbor wall before winter"
    lead = "# Holm vows to rebuild\n\nMayor Rita Holm spoke at the harbor on Monday. "
    analysis = brief_of(
        tmp_path,
        a=lead + f'"{said}," Holm said. "{said}," she said again later.\n',
        b=lead + f"Holm told the crowd that {said.lower()} and left.\n",
    )
    assert not [d for d in of_kind(analysis, "omission") if d.subject == "quotes from Rita Holm"]
    assert not [o for o in analysis.only_here if o.subject == "quotes from Rita Holm"]


def test_a_vote_with_margin_for_and_against_compares_like_with_like(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Senate passes farm bill\n\nThe Senate passed the farm bill 62-38 on Tuesday, a margin of 24 votes.\n",
        b="# Farm bill clears Senate\n\nSenators voted 62 to 38 to pass the farm bill on Tuesday.\n",
        c="# Farm bill passes\n\nThe farm bill passed the Senate with 62 votes; 38 senators voted against it.\n",
    )
    assert of_kind(analysis, "figure") == []  # the margin of 24 never meets the 38 against


def test_a_tally_that_differs_is_one_finding(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Senate passes farm bill\n\nThe Senate passed the farm bill 62-38 on Tuesday.\n",
        b="# Farm bill clears Senate\n\nThe Senate passed the farm bill 60-40 on Tuesday.\n",
    )
    (d,) = of_kind(analysis, "figure")
    assert d.summary == "vote: 62-38 (a) vs 60-40 (b)"


def test_more_than_a_sum_agrees_with_a_larger_sum(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Reading costs\n\nThe reading of the charter in the House chamber cost more than $1 million, aides said.\n",
        b="# Reading costs\n\nThe reading of the charter in the House chamber cost $1.1 million, aides said.\n",
    )
    assert of_kind(analysis, "figure") == []


def test_up_to_a_number_is_the_number_claimed(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Class action\n\nThe lawsuit covers as many as 1.5 million women who worked at the chain.\n",
        b="# Class action\n\nThe lawsuit covers up to 1.6 million women who worked at the chain.\n",
    )
    (clash,) = of_kind(analysis, "figure")
    assert "1.5 million" in clash.summary and "1.6 million" in clash.summary


@pytest.mark.parametrize(
    "speaker", ["Jim Roe, a spokesman for Senator Ann Lee", "Jim Roe, a top adviser to Ms. Lee"]
)
def test_a_spokesman_and_the_person_he_speaks_for_are_one_voice(tmp_path, speaker):
    said = "The senator will not support the measure in its current form"
    analysis = brief_of(
        tmp_path,
        a=f'# Measure\n\n"{said}," said {speaker}.\n',
        b=f'# Measure\n\n"{said}," said Senator Ann Lee.\n',
    )
    assert of_kind(analysis, "quote", "speaker") == []


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        (
            "He's determined to stop the program before it starts",
            "He is determined to stop the program before it starts",
        ),
        (
            "We will fight the radical environmentalist agenda in court",
            "We will fight the radical environmentalists agenda in court",
        ),
        (
            "I got a call from the governor about the budget this week",
            "I have a call from the governor about the budget this week",
        ),
        (  # an interjection one transcript keeps
            "It is about a false promise. Oh, not a promise based on the budget",
            "It is about a false promise. Not a promise based on the budget",
        ),
        (  # one name in two transliterations, with an editor's insertion on each side
            "Now it looks like (harbor chief Muammar) al-Qaddafi is going to win the port vote",
            "Now it looks like (harbor chief Moammar) Gadhafi is going to win the port vote",
        ),
    ],
)
def test_transcript_differences_are_not_wording_discrepancies(tmp_path, said_a, said_b):
    analysis = brief_of(
        tmp_path,
        a=f'# Program\n\n"{said_a}," said Governor Ann Lee.\n',
        b=f'# Program\n\n"{said_b}," said Governor Ann Lee.\n',
    )
    assert of_kind(analysis, "quote") == []


def test_typographic_apostrophes_are_one_name(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Group responds\n\nTerry O'Neill, the group's president, criticised the cover on Monday.\n",
        b="# Group responds\n\nTerry O’Neill, the group’s president, criticised the cover on Monday.\n",
    )
    assert of_kind(analysis, "name") == []


def test_title_case_headline_words_that_name_nothing_are_not_claims(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Chain Draws Huge Crowds At Opening\n\nShoppers lined up at the chain's stores on Monday.\n",
        b="# Shoppers line up\n\nShoppers lined up at the chain's stores on Monday.\n",
    )
    assert of_kind(analysis, "headline") == []
