"""Write tests/fixtures/pages/seed-NNN-big5.html: each seed as a Big5 page in traditional script.

    pip install zhconv && python scripts/make_big5_pages.py

zhconv is needed only here, to write the fixtures once; neither kg nor its tests import it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhconv import convert  # noqa: E402

from tests.article_forms import PAGES, SEEDS, article_url, seed_item  # noqa: E402


def main() -> int:
    chrome = (PAGES / "chrome_big5.html").read_text(encoding="utf-8")
    for seed in sorted(SEEDS.iterdir()):
        item = seed_item(seed)
        html = (chrome.replace("{title}", convert(item.title, "zh-hk"))
                .replace("{date}", f"{item.published:%Y-%m-%d %H:%M}")
                .replace("{url}", article_url(item).replace("finance.sina.com.cn", "big5.example.hk"))
                .replace("{body}", convert(item.body, "zh-hk")))
        out = PAGES / f"seed-{seed.name[:3]}-big5.html"
        out.write_bytes(html.encode("cp950", errors="xmlcharrefreplace"))
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
