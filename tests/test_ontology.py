"""The vocabulary (kg/ontology/kg.ttl), the shapes, the JSON-LD context and the
golden queries: well-formed, documented in Chinese and English, consistent
with each other and with the graph kg.rdf writes."""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery
from test_rdf import all_meetings, seed_lexicon

from kg.rdf import to_graph
from kg.validate import ontology_file
from kg.vocab import FOAF, KG, ORG, PREFIXES, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "kg" / "ontology"
QUERIES = ROOT / "kg" / "queries"
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Datatype, SKOS.ConceptScheme,
              KG.ParticipationRole, KG.MeetingFormat}


def needs(program: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(program) is None,
                              reason=f"{program} not found on PATH (Debian package {package})")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


def kg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def kg_iris_used(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}


def test_every_term_is_declared_and_labelled(onto: Graph) -> None:
    terms = kg_terms(onto)
    assert len(terms) > 60
    for term in terms:
        assert set(onto.objects(term, RDF.type)) & TERM_TYPES, term
        for prop in (RDFS.label, RDFS.comment):
            languages = {o.language for o in onto.objects(term, prop)}
            assert {"zh", "en"} <= languages, (term, prop)


def test_properties_have_domain_and_range(onto: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in onto.subjects(RDF.type, kind):
            assert onto.value(prop, RDFS.domain) is not None, prop
            assert onto.value(prop, RDFS.range) is not None, prop


@pytest.mark.parametrize("term, relation, reused", [
    (KG.Meeting, RDFS.subClassOf, SCHEMA.Event),
    (KG.CitedMeeting, RDFS.subClassOf, SCHEMA.Event),
    (KG.ExtractedStatement, RDFS.subClassOf, PROV.Entity),
    (KG.ParticipationRole, RDFS.subClassOf, ORG.Role),
    (KG.Post, RDFS.subClassOf, ORG.Role),
    (KG.Province, RDFS.subClassOf, SCHEMA.AdministrativeArea),
    (KG.City, RDFS.subClassOf, SCHEMA.City),
    (KG.Region, RDFS.subClassOf, SCHEMA.Place),
    (KG.Sector, RDFS.subClassOf, SKOS.Concept),
    (KG.chair, RDFS.subPropertyOf, SCHEMA.attendee),
    (KG.region, RDFS.subPropertyOf, SCHEMA.about),
    (KG.citedMeeting, RDFS.subPropertyOf, DCTERMS.references),
    (KG.shortName, RDFS.subPropertyOf, SKOS.altLabel),
    (KG.originalTitle, RDFS.subPropertyOf, DCTERMS.alternative),
])
def test_reused_terms_are_related_not_copied(onto: Graph, term, relation, reused) -> None:
    assert (term, relation, reused) in onto


def test_data_uses_only_declared_terms(onto: Graph) -> None:
    lex = seed_lexicon()
    graph = to_graph(all_meetings(lex), lex)
    assert kg_iris_used(graph) <= kg_terms(onto)
    used_classes = set(graph.objects(None, RDF.type))
    assert {SCHEMA.NewsArticle, FOAF.Person, ORG.Organization, ORG.Membership, SKOS.Concept} <= used_classes


def test_shapes_are_valid_shacl_and_use_declared_terms(onto: Graph) -> None:
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, report
    assert kg_iris_used(shapes) <= kg_terms(onto)


def test_schema_org_is_always_https() -> None:
    files = [*ONTOLOGY.iterdir(), *QUERIES.glob("*.rq"), ROOT / "kg" / "vocab.py", ROOT / "kg" / "rdf.py"]
    for path in files:
        assert "http://schema.org" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_strictly(name: str) -> None:
    path = ONTOLOGY / name
    assert len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))) > 50


@needs("rapper", "raptor2-utils")
@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_raptor(name: str) -> None:
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(ONTOLOGY / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_context_maps_to_declared_terms(onto: Graph) -> None:
    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    assert {p: prefixes[p] for p in PREFIXES if p in prefixes} == {p: PREFIXES[p] for p in prefixes
                                                                   if p in PREFIXES}
    for key, value in context.items():
        target = value["@id"] if isinstance(value, dict) else value
        if key in prefixes or not isinstance(target, str) or target.startswith("@"):
            continue
        prefix, _, local = target.partition(":")
        iri = prefixes[prefix] + local
        if iri.startswith(str(KG)):
            assert URIRef(iri) in kg_terms(onto), key


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own JSON-LD parser
def test_context_round_trips_a_meeting() -> None:
    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    doc = {"@context": context, "id": "cnm:meeting/x", "type": "Meeting", "name": {"zh": "会议"},
           "startDate": "2022-05-27", "chair": ["cnm:person/xin-guo-bin"], "claimedProvinceCount": 10}
    graph = Graph().parse(data=json.dumps(doc), format="json-ld")
    meeting = URIRef("https://w3id.org/cn-meetings/id/meeting/x")
    assert (meeting, RDF.type, KG.Meeting) in graph
    assert str(graph.value(meeting, SCHEMA.startDate).datatype).endswith("#date")


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_queries_parse_and_say_what_they_answer(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    prepareQuery(text)
    pyoxigraph.Store().query(text)


@needs("roqet", "rasqal-utils")
@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_queries_parse_in_rasqal(path: Path) -> None:
    done = subprocess.run(["roqet", "-i", "sparql", "-n", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_ontology_ships_with_the_package() -> None:
    assert ontology_file("shapes.ttl").is_file() and ontology_file("context.jsonld").is_file()
    top = ROOT / "ontology"
    if top.exists():  # the top-level folder is a symlink to kg/ontology
        assert (top / "kg.ttl").read_bytes() == (ONTOLOGY / "kg.ttl").read_bytes()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    if "ontology/*" not in package_data["package-data"]["kg"]:
        pytest.xfail("pyproject.toml: add 'ontology/*' to [tool.setuptools.package-data] kg")
