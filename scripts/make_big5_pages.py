"""Write tests/fixtures/pages/seed-NNN-big5.html: each seed as a Big5 page in traditional script.

    python scripts/make_big5_pages.py

OpenCC's s2t changes the script and keeps the mainland vocabulary (芯片 stays 芯片), as
big5 mirrors of mainland sites do; Taiwan's words (晶片) are the sector lexicon's business.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402

from tests.article_forms import PAGES, SEEDS, article_url, seed_item  # noqa: E402


def main() -> int:
    convert = opencc.OpenCC("s2t").convert
    chrome = (PAGES / "chrome_big5.html").read_text(encoding="utf-8")
    for seed in sorted(SEEDS.iterdir()):
        item = seed_item(seed)
        html = (chrome.replace("{title}", convert(item.title))
                .replace("{date}", f"{item.published:%Y-%m-%d %H:%M}")
                .replace("{url}", article_url(item).replace("finance.sina.com.cn", "big5.example.hk"))
                .replace("{body}", convert(item.body)))
        out = PAGES / f"seed-{seed.name[:3]}-big5.html"
        out.write_bytes(html.encode("cp950", errors="xmlcharrefreplace"))
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
