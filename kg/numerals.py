"""Chinese numerals as integers: 五 -> 5, 二十一 -> 21, 一百零八 -> 108, 51 -> 51 (sittings, counts, list markers)."""

from __future__ import annotations

_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100}


def chinese_number(text: str) -> int | None:
    """The integer `text` writes in Arabic or Chinese numerals; None if it is not one."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:  # 十 or 百: 十五 is 15, 二十 is 20
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit
