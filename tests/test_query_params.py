"""Saved queries with parameters (kg/bind.py), --show, DESCRIBE/CONSTRUCT as
Turtle, and one wording for SPARQL errors whichever engine answers."""

from __future__ import annotations

import pytest
import rdflib

from kg import bind, query
from tests import servers

XIN = "https://w3id.org/cn-meetings/id/person/xin-guo-bin"


@pytest.fixture(scope="module")
def build():
    return servers.seed_build()


@pytest.mark.parametrize(("value", "default", "expected"), [
    ("苗圩", '"辛国斌"@zh', '"苗圩"@zh'),
    ('x" } ; DROP ALL #', '"辛国斌"@zh', '"x\\" } ; DROP ALL #"@zh'),  # escaped: stays one literal
    ("2022-05-27", '"2022-03-18"^^xsd:date', '"2022-05-27"^^xsd:date'),
    ("2022-05", '"2022-01-01"', '"2022-05"'),
    ("id:province/zhejiang", "<https://w3id.org/cn-meetings/id/province/henan>",
     "<https://w3id.org/cn-meetings/id/province/zhejiang>"),
    ("<https://example.org/x>", "id:province/henan", "<https://example.org/x>"),
    ("12", "10", "12"),
])
def test_values_take_the_kind_of_the_default(value: str, default: str, expected: str):
    prefixes = {"id": "https://w3id.org/cn-meetings/id/"}
    assert bind.term(value, default, "p", prefixes) == expected


@pytest.mark.parametrize(("value", "default"), [("ten", "10"), ("not an iri", "<https://a/b>"), ("a>b", "<https://a/b>")])
def test_values_that_do_not_fit_are_refused(value: str, default: str):
    with pytest.raises(bind.ParamError, match="p="):
        bind.term(value, default, "p")


def test_binding_skips_strings_iris_and_comments():
    text = ('# @param who "甲"@zh a name\n# $who in a comment\nSELECT * WHERE { ?s <https://e/$who> "$who" ; '
            "?p $who . FILTER (?p != $who) }")
    params = bind.declared(text)
    assert [(p.name, p.default, p.about) for p in params] == [("who", '"甲"@zh', "a name")]
    out = bind.bind(text, params, {"who": "乙"})
    assert out.count('"乙"@zh') == 2 and "<https://e/$who>" in out and '"$who"' in out
    assert "# $who in a comment" in out
    with pytest.raises(bind.ParamError, match=r"no parameter whom .*parameters: who"):
        bind.bind(text, params, {"whom": "x"})


def test_every_saved_parameter_is_declared_used_and_documented():
    saved = query.saved_queries()
    assert {"province-recurrence-by-organizer", "province-recurrence-between", "meetings-province-spoke-at",
            "province-co-reporting", "sectors-by-month", "chairs-by-organizer"} <= set(saved)
    for name, item in saved.items():
        assert {p.name for p in item.params} == bind.used(item.text), name
        assert all(p.about for p in item.params), name
        assert "@param" not in item.about
    assert [p.name for p in saved["meetings-chaired-by"].params] == ["person"]
    assert [p.name for p in saved["province-recurrence-between"].params] == ["from", "to"]


def test_bind_on_the_command_line(build):
    store = str(build / "store")
    default = servers.kg_cli("query", "meetings-chaired-by", "--store", store)
    explicit = servers.kg_cli("query", "meetings-chaired-by", "--bind", "person=辛国斌", "--store", store)
    assert default.returncode == 0 and default.stdout == explicit.stdout and "(3 rows)" in default.stdout
    nobody = servers.kg_cli("query", "meetings-chaired-by", "-b", "person=无此人", "--store", store)
    assert nobody.returncode == 0 and "(0 rows)" in nobody.stdout
    zj = servers.kg_cli("query", "evidence", "--bind", "province=浙江", "--bind", "date=2022-05-27",
                        "--store", store, "-f", "csv")
    assert zj.returncode == 0 and "浙江" in zj.stdout and "2022-05-27" in zj.stdout
    august = servers.kg_cli("query", "province-recurrence-between", "-b", "from=2022-08-01", "-b", "to=2022-08-31",
                            "--data", str(build / "kg.ttl"), "-f", "csv")
    assert august.returncode == 0 and len(august.stdout.splitlines()) == 1 + 10  # the ten of 2022-08-17
    wrong = servers.kg_cli("query", "meetings-chaired-by", "--bind", "persn=x", "--store", store)
    assert wrong.returncode == 1 and wrong.stderr.strip() == \
        "kg query: no parameter persn in this query (parameters: person)"
    shapeless = servers.kg_cli("query", "meetings-chaired-by", "--bind", "person", "--store", store)
    assert shapeless.returncode == 1 and "NAME=VALUE" in shapeless.stderr


def test_show_and_list():
    shown = servers.kg_cli("query", "--show", "meetings-chaired-by", "--bind", "person=苗圩")
    assert shown.returncode == 0 and '?person rdfs:label "苗圩"@zh' in shown.stdout and "$person" not in shown.stdout
    assert shown.stdout.startswith("# Meetings chaired by")
    rdflib.Graph().query(shown.stdout)  # what --show prints runs elsewhere as it is
    listed = servers.kg_cli("query", "--list")
    assert "meetings-chaired-by [--bind person=辛国斌]" in listed.stdout
    assert "province-recurrence-between [--bind from=2022-01-01] [--bind to=2022-12-31]" in listed.stdout
    assert "person: the chair's name in Chinese (default \"辛国斌\"@zh)" in listed.stdout


@pytest.mark.parametrize("engine", ["--store", "--data"])
@pytest.mark.parametrize("text", [f"DESCRIBE <{XIN}>",
                                  f"CONSTRUCT {{ ?m <{XIN}#chaired> ?d }} WHERE {{ ?m <https://w3id.org/cn-meetings/ontology#chair> <{XIN}> ; <https://schema.org/startDate> ?d }}"])
def test_describe_and_construct_print_turtle(build, engine: str, text: str):
    where = str(build / ("store" if engine == "--store" else "kg.ttl"))
    done = servers.kg_cli("query", text, engine, where)
    assert done.returncode == 0, done.stderr
    assert "@prefix" in done.stdout
    graph = rdflib.Graph().parse(data=done.stdout, format="turtle")
    assert len(graph) >= 3
    if text.startswith("DESCRIBE"):
        assert (rdflib.URIRef(XIN), rdflib.RDFS.label, rdflib.Literal("辛国斌", lang="zh")) in graph


@pytest.mark.parametrize("text", ["SELECT ?x WHERE { ?x ?y }", "SELECT ?x WHERE { ?x ?y ?z } LIMIT x",
                                  "SELECT * WHERE { ?s ?p ?o } GROUP BY ?s"])
def test_a_syntax_error_reads_the_same_on_every_engine(build, text: str):
    on_store = servers.kg_cli("query", text, "--store", str(build / "store"))
    on_rdflib = servers.kg_cli("query", text, "--data", str(build / "kg.ttl"))
    assert on_store.returncode == on_rdflib.returncode == 1
    assert on_store.stderr == on_rdflib.stderr
    assert on_store.stderr.startswith("kg query: query does not parse: ") and on_store.stderr.count("\n") == 1
