"""The explorable HTML page (output/graph.html): one self-contained file.

    html = render_html(meetings, lexicon)   # meetings already merged

The page shows exactly the resources of `kg.entities.collect`, kind by kind
(the same set kg.ttl holds), laid out once in Python with physics off.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.entities import Entities, collect
from kg.lexicon import Lexicon
from kg.model import Meeting
from kg.render.graph import build_graph
from kg.render.laidout import Memo, page_layout
from kg.render.page import assemble
from kg.render.payload import AGGREGATE_ABOVE, build_payload

__all__ = ["AGGREGATE_ABOVE", "page_data", "render_entities", "render_html"]


def render_html(meetings: Sequence[Meeting], lexicon: Lexicon, *, threshold: int = AGGREGATE_ABOVE) -> str:
    """The whole page as a string; write it as UTF-8."""
    return render_entities(collect(meetings, lexicon), lexicon, threshold=threshold)


def render_entities(found: Entities, lexicon: Lexicon, *, threshold: int = AGGREGATE_ABOVE,
                    memo: Memo | None = None) -> str:
    """The same, for a build that has already collected its Entities; `memo`
    keeps layouts across builds (kg.render.laidout, kg.render.forces)."""
    return assemble(page_data(found, lexicon, threshold=threshold, memo=memo))


def page_data(found: Entities, lexicon: Lexicon, *, threshold: int = AGGREGATE_ABOVE, memo: Memo | None = None) -> dict:
    graph = build_graph(found, lexicon)
    return build_payload(graph, *page_layout(graph, memo), threshold)
