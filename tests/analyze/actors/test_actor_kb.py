"""The actor knowledge base: the shipped table and its build, dated roles, ambiguity, agents,
organisation rules, users' CSV files, and what stored articles teach (SQLite and PostgreSQL).
Every sentence here is our own invention."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.analyze.actors import kb
from newsgraph.analyze.actors.coding import code_phrase
from newsgraph.analyze.actors.kb import Entry, KnowledgeBase, Role
from newsgraph.cli import main
from scripts_module import load_script

ROOT = Path(__file__).resolve().parents[3]


def build_script():
    return load_script("build_actor_kb")


# -- the build ------------------------------------------------------------------------------------

def test_dictionary_entries_keep_dated_roles_and_sources(tmp_path):
    build = build_script()
    path = tmp_path / "Test.actors.txt"
    path.write_text("# a comment\n"
                    "MARTA_OKONKWO_  # CountryInfo.txt\n"
                    "+PRESIDENT_OKONKWO_\n"
                    "\t[NGAELI 650101-050529]\n"
                    "\t[NGAGOV >050529]\n"
                    "\n"
                    "LAGOS_\n"
                    "\t[NGA]\n", encoding="utf-8")
    sectors, countries = build.cameo_sectors(), {"NGA"}
    entries = list(build.read_dictionary(path, "test", sectors, countries))
    assert [(e[0], e[1], e[2]) for e in entries] == [("test:2", "MARTA_OKONKWO_", ["PRESIDENT_OKONKWO_"]),
                                                     ("test:7", "LAGOS_", [])]
    assert entries[0][3] == [("NGA", "ELI", "1965-01-01", "2005-05-29", "NGAELI"),
                             ("NGA", "GOV", "2005-05-29", "", "NGAGOV")]
    assert build.kind_of("LAGOS_", entries[1][3], False) == "place"  # a city filed under its country
    assert build.aliases("MARTA_OKONKWO_", ["PRESIDENT_OKONKWO_"], "person", entries[0][3]) == [
        "marta okonkwo", "president okonkwo"]


def test_cameo_role_codes_become_plover_sectors():
    build = build_script()
    sectors = build.cameo_sectors()
    assert build.parse_role("USAMED", sectors, {"USA"})[:2] == ("USA", "JRN")  # CAMEO media
    assert build.parse_role("GBRHLH", sectors, {"GBR"})[:2] == ("GBR", "MED")  # CAMEO health
    assert build.parse_role("COLINS", sectors, {"COL"})[:2] == ("COL", "REB")
    assert build.parse_role("MNCJPN", sectors, {"JPN"})[:2] == ("JPN", "BUS")
    assert build.parse_role("IGOUNO", sectors, set())[:2] == (None, "IGO")
    assert build.parse_role("BDIGOVMIL 050901-060331", sectors, {"BDI"}) == (
        "BDI", "GOV", "2005-09-01", "2006-03-31", "BDIGOVMIL")


def test_shipped_table_is_reproducible_gzip():
    raw = (ROOT / "src" / "newsgraph" / "data" / "actor_kb.tsv.gz").read_bytes()
    assert raw[:2] == b"\x1f\x8b" and raw[4:8] == b"\x00\x00\x00\x00"  # gzip mtime 0


# -- dated lookups --------------------------------------------------------------------------------

@pytest.mark.parametrize("date, code", [("2005-06-01", "USAELI"), ("2010-05-01", "USAGOV"),
                                        ("2016-12-31", "USAGOV"), ("2018-05-01", "USAELI")])
def test_roles_have_dates(date, code):
    match = kb.shipped().lookup("Barack Obama", date)
    assert (match.canonical, match.code) == ("Barack Obama", code)


def test_bare_surname_and_sources_are_kept():
    match = kb.shipped().lookup("Obama", "2018-05-01")
    assert match.canonical == "Barack Obama" and match.layer == "shipped"
    assert {r.source for r in match.roles} >= {"USAELI", "additions"}


def test_head_of_government_from_wikidata():
    match = kb.shipped().lookup("Emmanuel Macron", "2022-12-02")
    assert (match.country, match.sector) == ("FRA", "GOV")  # not Andorra's co-prince
    assert match.source.startswith("wikidata:")


def two_people_called_vance() -> KnowledgeBase:
    rows = (("vance", "corpus", "Ilse Vance", "person", "NOR", "GOV", None, None, "article 1"),
            ("vance", "corpus", "Tomas Vance", "person", "CHL", "BUS", None, None, "article 2"))
    return kb.with_codings(rows)


def test_an_ambiguous_name_is_never_guessed():
    match = two_people_called_vance().lookup("Vance", "2024-01-01")
    assert match.ambiguous and match.country is None and match.sector is None
    assert match.candidates == ("Ilse Vance (NOR)", "Tomas Vance (CHL)")


def test_country_or_sector_from_the_text_resolves_the_ambiguity():
    base = two_people_called_vance()
    assert base.lookup("Vance", country="CHL").canonical == "Tomas Vance"
    assert base.lookup("Vance", sector="GOV").canonical == "Ilse Vance"


def test_user_codings_win_over_shipped_ones():
    user = Entry("user:x", "Barack Obama", "person", (Role("KEN", "CVL", None, None, "mine.csv:2"),), "user")
    base = kb.shipped().with_entries([("Barack Obama", user)])
    assert base.lookup("Barack Obama", "2010-05-01").code == "KENCVL"
    assert kb.shipped().lookup("Barack Obama", "2010-05-01").code == "USAGOV"  # the shipped base unchanged


# -- agents and organisations ------------------------------------------------------------------------

COMMON_NOUN_AGENTS = [
    ("Brazilian thieves", "BRACRM", "group"),
    ("police", "COP", "group"),
    ("the vandals", "CRM", "group"),
    ("mujahideen", "REB", "group"),
    ("Chilean protesters", "CHLCVL", "group"),
    ("Afghan farmers", "AFGAGR", "group"),
]


@pytest.mark.parametrize("phrase, code", [
    ("China's commerce ministry", "CHNGOV"),
    ("the U.S. Attorney's Office", "USAGOV"),
    ("the Federal Reserve", "USAGOV"),
    ("a Salesforce spokesperson", "USABUS"),
    ("Apple CEO Tim Cook", "USABUS"),
    ("Reuters", "JRN"),
    ("Hamas", "PSEREB"),
    ("retired vice president", "ELI"),
])
def test_organisation_rules(phrase, code):
    assert code_phrase(phrase).code == code


# -- users' CSV files --------------------------------------------------------------------------------

def test_kb_import_reports_a_malformed_row_and_imports_the_rest(tmp_path):
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("name,country,sector,kind,start,end,canonical,note\n"
                        "Ilse Vance,NOR,GOV,person,2023-01-01,,Ilse Vance,fisheries minister\n"
                        "Ghost,ZZZ,GOV\n"
                        "Harbour Board,NOR,,organization\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["kb", "import", str(csv_file), "--db", db])
    assert result.exit_code == 0, result.output
    assert f"{csv_file}:3: skipped: unknown country code 'ZZZ'" in result.output
    assert "imported 2 coding(s)" in result.output

    looked = runner.invoke(main, ["kb", "lookup", "Ilse Vance", "--date", "2024-02-01", "--json", "--db", db])
    row = json.loads(looked.output)
    assert (row["country"], row["sector"], row["layer"], row["source"]) == ("NOR", "GOV", "user", "mine.csv:2")

    out = tmp_path / "out.csv"
    exported = runner.invoke(main, ["kb", "export", str(out), "--db", db])
    assert exported.exit_code == 0 and "wrote 2 coding(s)" in exported.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,country,sector,kind,start,end,canonical,note,layer,source,first_seen,last_seen,article_id"
    assert lines[1] == "Ilse Vance,NOR,GOV,person,2023-01-01,,Ilse Vance,fisheries minister,user,mine.csv:2,,,"

    # the export imports again as it is: the title (note) survives the round trip
    again = f"sqlite:///{tmp_path / 'again.db'}"
    reimported = runner.invoke(main, ["kb", "import", str(out), "--db", again])
    assert reimported.exit_code == 0 and "imported 2 coding(s)" in reimported.output, reimported.output
    exported_again = tmp_path / "again.csv"
    runner.invoke(main, ["kb", "export", str(exported_again), "--db", again])
    assert exported_again.read_text(encoding="utf-8").splitlines()[1] == \
        "Ilse Vance,NOR,GOV,person,2023-01-01,,Ilse Vance,fisheries minister,user,out.csv:2,,,"


def test_kb_lookup_of_an_unknown_name_says_so(tmp_path):
    result = CliRunner().invoke(main, ["kb", "lookup", "Qwzx Unheard", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "is not in the knowledge base" in result.output


def test_actor_command_codes_through_the_knowledge_base(tmp_path):
    result = CliRunner().invoke(main, ["actor", "Barack Obama", "--date", "2010-05-01", "--json",
                                       "--db", str(tmp_path / "none.db")])
    assert json.loads(result.output)["code"] == "USAGOV"


def test_namesakes_of_one_country_give_the_country_but_no_guessed_sector():
    rows = (("okoro", "corpus", "Ada Okoro", "person", "NGA", "GOV", None, None, "article 1"),
            ("okoro", "corpus", "Ben Okoro", "person", "NGA", "BUS", None, None, "article 2"))
    match = kb.with_codings(rows).lookup("Okoro", "2024-01-01")
    assert (match.ambiguous, match.country, match.sector) == (False, "NGA", None)


@pytest.mark.parametrize("phrase, code, name", [
    ("police Sgt. Mark Fields", "COP", "Mark Fields"),  # a rank police share is the police's
    ("U.S. Rep. Ilhan Omar", "USALEG", "Ilhan Omar"),
    ("Gen. Mark Milley", "MIL", "Mark Milley"),
    ("the Federal Reserve Bank of New York", "USAGOV", "Federal Reserve Bank of New York"),
    ("the Reserve Bank of India", "INDGOV", "Reserve Bank of India"),
])
def test_titles_and_central_banks(phrase, code, name):
    coded = code_phrase(phrase)
    assert (coded.code, coded.name) == (code, name)


OWN_WORDS_AND_ROLES = [
    ("the Senate", "LEG", "organization"),  # our own words before the base's organisations
    ("Google", "USABUS", "organization"),  # a multinational's primary role, not its media one
    ("the company director", "BUS", "person"),
    ("the army chief", "MIL", "person"),
]


def _cases(group, cases):
    return [pytest.param(*row, id=f"{group}-{i}") for i, row in enumerate(cases)]


@pytest.mark.parametrize("phrase, code, kind", [
    *_cases("agents_code_common_nouns_with_the_country_of_a_modifier", COMMON_NOUN_AGENTS),
    *_cases("own_words_and_primary_roles", OWN_WORDS_AND_ROLES),
])
def test_phrase_code_and_kind(phrase, code, kind):
    coded = code_phrase(phrase)
    assert (coded.code, coded.kind) == (code, kind)


@pytest.mark.parametrize("name, date, sector", [
    ("Pete Buttigieg", "2019-11-01", "PTY"),  # a candidate who holds no national office: PTY
    ("Pete Buttigieg", "2018-11-01", "GOV"),  # the mayor before he ran
    ("Donald Trump", "2016-04-23", "PTY"),
    ("Donald Trump", "2016-12-01", "GOV"),  # president-elect
    ("Donald Trump", "2014-01-01", "BUS"),
    ("Bernie Sanders", "2016-02-05", "LEG"),  # a senator who runs stays a senator
])
def test_presidential_candidates_are_their_partys_while_they_run(name, date, sector):
    from newsgraph.analyze.actors import knowledge

    assert knowledge.code_phrase(name, kb.shipped(), date).sector == sector


@pytest.mark.parametrize("name, plain", [("Joseph R. Biden Jr.", "Joseph Biden"), ("John F. Kerry", "John Kerry"),
                                         ("Anna Q. Public III", "Anna Public"), ("Cher", "Cher"), ("J. Smith", "J. Smith")])
def test_a_newspapers_middle_initials_and_suffixes_are_left_out_to_find_a_name(name, plain):
    assert kb.plain_name(name) == plain


def test_a_name_with_middle_initial_and_suffix_finds_the_person():
    match = kb.shipped().lookup("Joseph R. Biden Jr.", "2015-11-13")
    assert (match.canonical, match.country, match.sector) == ("Joe Biden", "USA", "GOV")
    assert kb.shipped().lookup("George W. Bush", "2015-11-13").canonical == "George W. Bush"  # the full name first
