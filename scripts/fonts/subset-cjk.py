#!/usr/bin/python3
"""Subsets Noto Sans CJK (Regular) into four small per-region fonts for the kiosk's raster ticket lines.

Why: the full NotoSansCJK-Regular.ttc is ~19 MB; a ticket only needs the characters of the national
standard character sets that everyday text uses. Each region's face keeps its own glyph shapes (a Chinese
ticket must not print Japanese-style hanzi), so each face is subset separately from the collection.

Repertoires (computed with Python's codecs, so they are reproducible and reviewable):
  SC  GB2312: every hanzi (rows 16-87) plus its symbol rows 1-9
  TC  Big5 level 1 (0xA440-0xC67E, frequently used hanzi) plus Big5 symbols (0xA140-0xA3BF)
  JP  JIS X 0208: symbol rows 1-8 (kana in rows 4-5) plus level-1 kanji (rows 16-47)
  KR  KS X 1001: symbol rows 1-12 plus the 2,350 Hangul syllables (rows 16-40)
  all ASCII, CJK symbols and punctuation (U+3000-303F), half/full-width forms (U+FF00-FFEF),
      general punctuation (U+2000-206F)

Every font written here, the CJK subsets and the copies of the other Noto fonts (Noto Sans, Arabic,
Devanagari, Khmer, Lao from fonts-noto-core, glyphs untouched), gets "L311 " in front of its family names.
A font whose family name equals an installed one ("Noto Sans CJK SC") could be shadowed by the installed
file when the canvas looks a family up; unique names rule that out. (OFL 1.1 allows modified versions;
Noto reserves no font names.)

Usage (Debian's python3-fonttools; the pyenv python on the dev machines has no fontTools):
  /usr/bin/python3 scripts/fonts/subset-cjk.py [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
      [--core /usr/share/fonts/truetype/noto] [--out assets/fonts]
Writes NotoSansCJK{SC,TC,JP,KR}-Regular-subset.otf.br (the subset, Brotli-compressed: the SC and TC subsets
are about 3 MB each uncompressed; printers/fonts/bundledFonts.ts decompresses them with Node's zlib) and the
renamed core fonts, printing each file's size.
"""

import argparse
import os
import shutil
import subprocess
import sys

import brotli  # Debian: python3-brotli

FONT_NUMBERS = {"JP": 0, "KR": 1, "SC": 2, "TC": 3}  # order inside NotoSansCJK-Regular.ttc (2.004)
CORE_FONTS = [
    f"NotoSans{script}-{weight}.ttf"
    for script in ("", "Arabic", "Devanagari", "Khmer", "Lao")
    for weight in ("Regular", "Bold")
]
PREFIX = "L311"


def rename_family(path):
    """Prefixes the family, full, unique and PostScript names so no installed font can share them."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, recalcTimestamp=False)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16, 18, 21):
            record.string = f"{PREFIX} {record.toUnicode()}"
        elif record.nameID == 6:
            record.string = f"{PREFIX}-{record.toUnicode()}"
    font.save(path)


def decode_pairs(codec, leads, trails):
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def euc_rows(codec, rows):
    """Characters of 94x94 rows (1-based) of an EUC-encoded set (GB2312, JIS X 0208, KS X 1001)."""
    return decode_pairs(codec, [0xA0 + r for r in rows], range(0xA1, 0xFF))


def big5_range(first, last):
    chars = set()
    for lead in range(first >> 8, (last >> 8) + 1):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            code = (lead << 8) | trail
            if first <= code <= last:
                try:
                    chars.add(bytes([lead, trail]).decode("big5"))
                except UnicodeDecodeError:
                    pass
    return chars


def common():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for first, last in ((0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2000, 0x206F)):
        chars.update(chr(c) for c in range(first, last + 1))
    return chars


def repertoire(region):
    if region == "SC":
        return euc_rows("gb2312", list(range(1, 10)) + list(range(16, 88)))
    if region == "TC":
        return big5_range(0xA140, 0xA3BF) | big5_range(0xA440, 0xC67E)
    if region == "JP":
        return euc_rows("euc_jp", list(range(1, 9)) + list(range(16, 48)))
    if region == "KR":
        return euc_rows("euc_kr", list(range(1, 13)) + list(range(16, 41)))
    raise ValueError(region)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", default="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    parser.add_argument("--core", default="/usr/share/fonts/truetype/noto")
    parser.add_argument("--out", default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "fonts")))
    args = parser.parse_args()
    for region, number in FONT_NUMBERS.items():
        chars = sorted(repertoire(region) | common())
        unicodes = ",".join(f"U+{ord(c):04X}" for c in chars if ord(c) > 0)
        out = os.path.join(args.out, f"NotoSansCJK{region}-Regular-subset.otf")
        subprocess.run(
            [
                sys.executable, "-m", "fontTools.subset", args.source,
                f"--font-number={number}",
                f"--unicodes={unicodes}",
                "--layout-features=*",
                "--no-hinting",
                "--name-IDs=*",
                "--name-languages=*",
                f"--output-file={out}",
            ],
            check=True,
        )
        rename_family(out)
        with open(out, "rb") as plain, open(out + ".br", "wb") as packed:
            packed.write(brotli.compress(plain.read(), quality=11, lgwin=24))
        os.remove(out)
        out += ".br"
        print(f"{region}: {len(chars)} characters, {os.path.getsize(out)} bytes -> {out}")
    for name in CORE_FONTS:
        out = os.path.join(args.out, name)
        shutil.copyfile(os.path.join(args.core, name), out)
        rename_family(out)
        print(f"{name}: {os.path.getsize(out)} bytes -> {out}")


if __name__ == "__main__":
    main()
