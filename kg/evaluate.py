"""Score extractions against hand-checked gold files (seeds.json, dev.json).

Per field: micro precision/recall/F1 over (item, value) pairs for the list
fields; accuracy for dates and the other single values; recall for sectors
(a system may find more than the gold lists); detection recall over the
items the gold marks as meeting reports.  The jieba-only baseline is scored
in the same run.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.baseline import baseline_record
from kg.clean import to_document
from kg.entities import sector_concept
from kg.extract import extract_all
from kg.lexicon import Lexicon
from kg.model import Meeting
from kg.read import discover, read_file
from kg.records import meeting_record

SET_FIELDS = ("chairs", "speakers", "officials_present", "provinces_spoke", "provinces_present", "regions")
VALUE_FIELDS = ("date", "name", "format", "organizer", "provinces_claimed_count")


@dataclass(frozen=True, slots=True)
class GoldItem:
    key: str  # "file" or "file#index"
    is_meeting: bool
    meeting: dict | None  # the first meeting the item reports


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


GOLD_SHAPES = ('{"articles": {FILE: {"meetings": [...]}}} (tests/gold_seeds.json) or '
               '[{"key": ..., "is_meeting_report": ..., "meetings": [...]}] (dev.json)')


class GoldError(ValueError):
    """A gold file that is missing or not in one of the two shapes (one-line message)."""


def load_gold(path: Path) -> list[GoldItem]:
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"no gold file {path}: give --gold a JSON file shaped {GOLD_SHAPES}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):  # seeds.json: {"articles": {file: {...}}}
            return [GoldItem(f, bool(a["meetings"]), (a["meetings"] or [None])[0])
                    for f, a in data["articles"].items()]
        return [GoldItem(e["key"], bool(e["is_meeting_report"]), (e["meetings"] or [None])[0]) for e in data]
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise GoldError(f"{path} is not a gold file ({type(exc).__name__}: {exc}): "
                        f"expected {GOLD_SHAPES}") from exc


def predict(inputs: Sequence[str | Path], gold: list[GoldItem], lexicon: Lexicon,
            system: Callable = None) -> dict[str, dict | None]:
    """Document id -> the record our extractor (or `system`) gives for it."""
    wanted = {g.key.partition("#")[0] for g in gold}
    keys = {g.key for g in gold}
    found: dict[str, dict | None] = {}
    for source in discover(inputs):
        if source.name not in wanted:
            continue
        outcome = read_file(source)
        for item in outcome.items:
            doc = to_document(item, outcome.sha256)
            key = doc.id if doc.id in keys else doc.file
            if key not in keys:
                continue
            if system is not None:
                found[key] = system(doc, lexicon)
                continue
            meeting = next((r for r in extract_all(doc, lexicon) if isinstance(r, Meeting)), None)
            found[key] = meeting_record(meeting, lexicon) if meeting else None
    return found


def _expand(values: object, lexicon: Lexicon) -> set[str]:
    if values == "all":
        return {p.short_zh for p in lexicon.mainland()} | {"兵团"}
    return set(values or [])  # type: ignore[arg-type]


def score(gold: list[GoldItem], predicted: dict[str, dict | None], lexicon: Lexicon) -> dict[str, Score]:
    scores = {name: Score() for name in (*SET_FIELDS, *VALUE_FIELDS, "sectors", "sector_precision", "measures",
                                         "measures_count", "cited", "detection", "rejection")}
    def concept(label: str) -> str | None:
        return sector_concept(label, lexicon)

    for item in gold:
        record = predicted.get(item.key)
        if item.is_meeting:
            s = scores["detection"]
            s.total += 1
            s.right += record is not None
            if record is None:
                s.misses.append(f"{item.key}: meeting report not detected")
        else:
            s = scores["rejection"]
            s.total += 1
            s.right += record is None
            if record is not None:
                s.misses.append(f"{item.key}: not a meeting report, taken for {record.get('name')!r}")
        if item.meeting is None:
            continue
        record = record or {}
        for name in SET_FIELDS:
            if name not in record and name not in item.meeting:
                continue
            want, got = _expand(item.meeting.get(name), lexicon), _expand(record.get(name), lexicon)
            if name == "provinces_present":  # "all" means every unit that did not speak
                want -= set(item.meeting.get("provinces_spoke") or [])
                got -= set(record.get("provinces_spoke") or [])
            s = scores[name]
            s.tp += len(want & got)
            s.fp += len(got - want)
            s.fn += len(want - got)
            if want != got:
                s.misses.append(f"{item.key}: missing {sorted(want - got)} extra {sorted(got - want)}")
        for name in VALUE_FIELDS:
            if name in item.meeting and (name != "date" or record or item.is_meeting):
                _value(scores[name], item.key, item.meeting[name], record.get(name))
        _sectors(scores["sectors"], item, record, concept)
        _sector_precision(scores["sector_precision"], item, record, concept)
        if item.meeting.get("measures_count") is not None and "measures" in record:
            _value(scores["measures_count"], item.key, item.meeting["measures_count"], len(record["measures"]))
            _counted(scores["measures"], item.key, item.meeting["measures_count"], len(record["measures"]))
        if "cited" in item.meeting:
            _cited(scores["cited"], item.key, item.meeting["cited"], record.get("cited", []))
    return scores


def _counted(s: Score, key: str, want: int, got: int) -> None:
    """Measures have counts, not texts, in the gold: matched = the smaller count."""
    s.tp += min(want, got)
    s.fp += max(0, got - want)
    s.fn += max(0, want - got)
    if want != got:
        s.misses.append(f"{key}: want {want} got {got}")


def _cited(s: Score, key: str, want: list[dict], got: list[dict]) -> None:
    """A cited meeting matches when one name holds the other (names are cut differently)."""
    wanted = [w["name"] for w in want]
    found = [g["name"] for g in got]
    hits = {g for g in found for w in wanted if g in w or w in g}
    matched = {w for w in wanted for g in found if g in w or w in g}
    s.tp += len(matched)
    s.fn += len(wanted) - len(matched)
    s.fp += len(set(found) - hits)
    if len(matched) != len(wanted) or set(found) - hits:
        s.misses.append(f"{key}: missing {sorted(set(wanted) - matched)} extra {sorted(set(found) - hits)}")


def _sector_precision(s: Score, item: GoldItem, record: dict, concept: Callable[[str], str | None]) -> None:
    """Found labels that the gold lists (as a label or a concept); a lower bound, as the gold may omit some."""
    gold = set(item.meeting.get("sectors", []))  # type: ignore[union-attr]
    gold_concepts = {c for g in gold if (c := concept(g))}
    extra = []
    for label in record.get("sectors", []):
        if label in gold or concept(label) in gold_concepts or any(label in g or g in label for g in gold):
            s.tp += 1
        else:
            s.fp += 1
            extra.append(label)
    if extra:
        s.misses.append(f"{item.key}: extra sectors {extra}")


def _value(s: Score, key: str, want: object, got: object) -> None:
    if isinstance(want, str) and isinstance(got, str):  # （扩大） is (扩大): the page's width is not the fact
        want, got = unicodedata.normalize("NFKC", want), unicodedata.normalize("NFKC", got)
    s.total += 1
    s.right += want == got
    if want != got:
        s.misses.append(f"{key}: want {want!r} got {got!r}")


def _sectors(s: Score, item: GoldItem, record: dict, concept: Callable[[str], str | None]) -> None:
    got = set(record.get("sectors", []))
    got_concepts = {c for g in got if (c := concept(g))}
    for label in item.meeting.get("sectors", []):  # type: ignore[union-attr]
        s.total += 1
        if label in got or (concept(label) or label) in got_concepts:
            s.right += 1
        else:
            s.misses.append(f"{item.key}: sector {label} not found")


def evaluate(gold_path: Path, inputs: Sequence[str | Path], lexicon: Lexicon) -> tuple[dict, dict]:
    gold = load_gold(gold_path)
    ours = score(gold, predict(inputs, gold, lexicon), lexicon)
    base = score(gold, predict(inputs, gold, lexicon, baseline_record), lexicon)
    return ours, base


def _accuracy(s: Score) -> str:
    return f"{s.accuracy():6.3f} ({s.right}/{s.total})" if s.total else "   n/a"


def format_table(ours: dict[str, Score], base: dict[str, Score]) -> str:
    lines = [f"{'field':<24} {'ours':>22}   {'baseline (jieba only)':>22}",
             f"{'':<24} {'P':>6} {'R':>6} {'F1':>6}     {'P':>6} {'R':>6} {'F1':>6}"]
    for name in (*SET_FIELDS, "sector_precision", "measures", "cited"):
        o, b = ours[name].prf(), base[name].prf()
        lines.append(f"{name:<24} {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.3f}     {b[0]:6.3f} {b[1]:6.3f} {b[2]:6.3f}")
    labels = {"date": "date accuracy", "sectors": "sector recall", "measures_count": "measure-count accuracy",
              "detection": "detection recall",
              "rejection": "non-meetings rejected", "name": "name accuracy", "format": "format accuracy",
              "organizer": "organizer accuracy", "provinces_claimed_count": "claimed-count accuracy"}
    for name, label in labels.items():
        lines.append(f"{label:<24} {_accuracy(ours[name]):<22}     {_accuracy(base[name])}")
    lines.append("")
    lines.append("misses (ours):")
    for name, s in ours.items():
        lines += [f"  {name}: {m}" for m in s.misses]
    return "\n".join(lines)
