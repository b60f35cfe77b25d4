"""Bytes -> text for every reader: BOM, valid UTF-8, the declared charset, then detection.

Valid UTF-8 is taken before any declaration: Chinese text in GBK or Big5 is practically
never valid UTF-8 (a dozen Hanzi would have to fall on UTF-8's byte patterns by chance), while
pages whose `<meta charset>` still says gb2312 after being re-saved as UTF-8 are common.  So
the usual file costs one `bytes.decode`, and the declaration and detection run only for bytes
that are not UTF-8: first the charset a transport gave (HTTP `Content-Type`), then the one the
document declares (`<meta charset>`, `<meta http-equiv>`, the XML prolog, found by bs4's
`EncodingDetector`), then charset-normalizer, limited to the encodings Chinese text comes in.
bs4's `UnicodeDammit` is not used whole because it ends with a windows-1252 guess, which
would turn an undecidable file into mojibake instead of a reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from kg.read._base import Unreadable

# Declared labels (WHATWG's: gb2312, x-gbk, csgb2312, big5-hkscs, x-x-big5...) -> the codecs that
# decode what pages so labelled hold: GB2312 and GBK pages carry characters of GB18030, their
# superset; Big5 pages carry Microsoft's (cp950) or Hong Kong's (HKSCS) extensions.
_GB = ("gb18030",)
_BIG5 = ("cp950", "big5hkscs")
# What detection may choose: the encodings Chinese text comes in (UTF-16 needs a BOM here).
_DETECTABLE = ("gb18030", "cp950", "big5hkscs")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guess is not a decision
_TOLERATED = 1 / 2000  # undecodable bytes a declared charset may leave (a page's stray byte), per char


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec used
    how: str  # "bom" | "utf-8" | "declared" | "transport" | "detected"


def decode(data: bytes, transport: str | None = None) -> Decoded:
    """Decode `data`; `transport` is a charset given outside the bytes (an HTTP header).

    Raises Unreadable with a one-line reason naming what was tried when nothing fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), codec, "bom")
            except UnicodeDecodeError as exc:
                raise Unreadable(f"undecodable bytes: {codec} byte order mark, then {_where(data, exc)}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = _where(data, exc)
    tried = [f"UTF-8 ({utf8_error})"]
    for how, name in (("transport", transport), ("declared", _declared(data))):
        if not name:
            continue
        decoded = _decode_declared(data, name, how)
        if decoded:
            return decoded
        tried.append(f"{how} {name}")
    detected = _detect(data)
    if detected:
        return detected
    tried.append("detection (charset-normalizer: " + ", ".join(_DETECTABLE) + ")")
    raise Unreadable("undecidable encoding: tried " + "; ".join(tried))


def _declared(data: bytes) -> str | None:
    from bs4.dammit import EncodingDetector  # only for bytes that are not UTF-8

    name = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    return name.strip().lower() if name else None


def _decode_declared(data: bytes, name: str, how: str) -> Decoded | None:
    codecs_ = _codecs(name)
    if not codecs_:
        return None
    for codec in codecs_:
        try:
            return Decoded(data.decode(codec), codec, how)
        except UnicodeDecodeError:
            continue
    text = data.decode(codecs_[0], errors="replace")  # a stray byte in a long page is the page's fault
    if text.count("\ufffd") <= max(1, len(text) * _TOLERATED):
        return Decoded(text, codecs_[0], how)
    return None


def _codecs(label: str) -> tuple[str, ...]:
    if "big5" in label or label in ("cp950", "cn-big5", "csbig5"):
        return _BIG5
    if "gb" in label or label in ("chinese", "iso-ir-58", "windows-936", "cp936"):
        return _GB
    try:
        return (codecs.lookup(label).name,)
    except LookupError:
        return ()


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(_DETECTABLE), explain=False)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    family = best.encoding in _GB
    if any((m.encoding in _GB) != family and (m.chaos, m.coherence) == (best.chaos, best.coherence) for m in matches):
        return None  # GB and Big5 read equally well: a few characters cannot tell them apart
    text, encoding = str(best), best.encoding
    other = _BIG5[0] if family else _GB[0]
    try:
        rival = data.decode(other)
    except UnicodeDecodeError:
        return Decoded(text, encoding, "detected")
    if _frequent(rival, not family) > _frequent(text, family):  # 工业，工业 is not 馱珛ㄛ馱珛ㄛ
        return Decoded(rival, other, "detected")
    return Decoded(text, encoding, "detected")


def _frequent(text: str, gb: bool) -> float:
    """The share of Hanzi among the first level of their own standard: GB2312's 3,755 frequent characters
    (bytes B0A1-D7F9) or Big5's 5,401 (A440-C67E). Mojibake falls on rare ones and on other scripts."""
    codec, first, last = ("gb2312", b"\xb0\xa1", b"\xd7\xf9") if gb else ("cp950", b"\xa4\x40", b"\xc6\x7e")
    han = [c for c in text[:2000] if "\u4e00" <= c <= "\u9fff" or "\u3100" <= c <= "\u312f"]
    if not han:
        return 0.0
    frequent = 0
    for char in han:
        try:
            frequent += first <= char.encode(codec) <= last
        except UnicodeEncodeError:
            continue
    return frequent / len(han)


def _where(data: bytes, exc: UnicodeDecodeError) -> str:
    return f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
