"""How each kind of node looks, and how each edge role reads, on the page."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kg import entities as E
from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER


@dataclass(frozen=True, slots=True)
class Kind:
    id: str  # the Entities kind name (kg.entities constants)
    label: str
    label_zh: str
    color: str
    shape: str  # a vis-network shape
    size: int  # radius in pixels (provinces grow with their meetings)
    hidden: bool = False  # hidden until toggled on
    satellite: bool = False  # laid out around its meeting; collapsed into it on big graphs

    def as_json(self) -> dict:
        return asdict(self)


# Legend order.  Colours: Tableau 10, told apart by shape as well for colour-blind readers.
KINDS: tuple[Kind, ...] = (
    Kind(E.MEETING, "Meetings", "会议", "#d62728", "diamond", 16),
    Kind(E.PROVINCE, "Provinces", "省份", "#1f77b4", "dot", 10),
    Kind(E.CITY, "Cities", "计划单列市", "#17becf", "triangleDown", 10),
    Kind(E.REGION, "Regions", "区域", "#2ca02c", "hexagon", 16),
    Kind(E.PERSON, "People", "人物", "#ff7f0e", "star", 13),
    Kind(E.SECTOR, "Sectors", "行业", "#9467bd", "square", 11),
    Kind(E.ORGANIZATION, "Organisers", "主办单位", "#7f7f7f", "database", 14, hidden=True),
    Kind(E.MEASURE, "Measures", "措施", "#8c564b", "triangle", 7, hidden=True, satellite=True),
    Kind(E.ARTICLE, "Source articles", "来源文章", "#bcbd22", "box", 9, hidden=True, satellite=True),
)
KIND_INDEX = {k.id: i for i, k in enumerate(KINDS)}

# Edge roles: participation roles of kg.model plus the structural links.
REGION, SECTOR, MEASURE, SOURCE, ORGANIZER, MEMBER, BROADER = (
    "region", "sector", "measure", "source", "organizer", "member", "broader",
)
ROLE_LABELS: dict[str, str] = {
    CHAIR: "chaired", SPEAKER: "spoke", OFFICIAL: "present", PROVINCE_SPOKE: "spoke",
    PROVINCE_PRESENT: "present", REGION: "region", SECTOR: "sector", MEASURE: "measure",
    SOURCE: "reported in", ORGANIZER: "organised", MEMBER: "member", BROADER: "broader",
}
ROLES = tuple(ROLE_LABELS)
ROLE_INDEX = {r: i for i, r in enumerate(ROLES)}
