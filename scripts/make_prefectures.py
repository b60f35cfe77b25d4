"""Write kg/data/prefectures.csv: every prefecture-level division (地级行政区) with its province.

Source: the GB/T 2260 division codes and names that cpca (MIT licence) ships as
cpca/resources/adcodes.csv.  The province is the one whose code shares the first two digits.

    python scripts/make_prefectures.py PATH/TO/cpca-0.5.5-py3-none-any.whl
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "gb:cpca 0.5.5 cpca/resources/adcodes.csv (GB/T 2260 codes, MIT licence)"
# What ends a prefecture's name and is left out of its short form: 庆阳市 -> 庆阳, 阿里地区 -> 阿里,
# 锡林郭勒盟 -> 锡林郭勒, 黔东南苗族侗族自治州 -> 黔东南.
_PEOPLES = "朝鲜|土家|苗|藏|羌|彝|布依|侗|壮|哈尼|傣|景颇|傈僳|白|回|蒙古|哈萨克|柯尔克孜"
_ENDING = re.compile(f"(?:(?:{_PEOPLES})族)*自治州$|地区$|盟$|市$")
_NOT_A_PLACE = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}  # municipalities' parts


def rows(wheel: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("cpca/resources/adcodes.csv").decode("utf-8")
    with (ROOT / "kg/data/provinces.csv").open(encoding="utf-8") as handle:
        provinces = {r["gb_code"][:2]: r for r in csv.DictReader(handle)}
    province_names = {n for r in provinces.values() for n in (r["name_zh"], r["short_zh"])}
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        code = row["adcode"]
        if code[4:] != "00000000" or code[2:4] == "00" or code[:2] not in provinces:
            continue  # only prefecture-level divisions (xxyy00000000)
        name = row["name"]
        if name in _NOT_A_PLACE:
            continue
        short = _ENDING.sub("", name)
        if len(short) < 2 or short in province_names:
            short = ""  # 海南藏族自治州 is not 海南
        out.append({"name_zh": name, "short_zh": short, "province_id": provinces[code[:2]]["id"],
                    "gb_code": code[:6], "source": SOURCE})
    return sorted(out, key=lambda r: r["gb_code"])


def main() -> None:
    found = rows(Path(sys.argv[1]))
    with (ROOT / "kg/data/prefectures.csv").open("w", encoding="utf-8", newline="") as handle:
        columns = ["name_zh", "short_zh", "province_id", "gb_code", "source"]
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(found)
    print(len(found), "prefectures")


if __name__ == "__main__":
    main()
