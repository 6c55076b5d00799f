#!/usr/bin/python3
"""Cuts four tiny CJK fonts holding only what the language screen shows in Chinese, Japanese and Korean.

Why: the language screen names every language in its own script and asks the question in each. Drawing
简体中文, 繁體中文, 日本語 and 한국어 with the full CJK subsets made a kiosk (or a test browser) fetch and
parse about 8 MB of fonts on its very first screen. These "Names" faces carry just those characters, from the
same regional glyphs, so the full faces load only when a visitor picks one of those languages.

Characters: each region's `language.endonym` and `language.title` in assets/locales/<lang>/kiosk.json.
test/unit/renderer/nameFonts.test.ts fails when a catalog gains a character a Names face lacks: rerun this.

Usage (Debian's python3-fonttools and python3-brotli):
  /usr/bin/python3 scripts/fonts/subset-names.py
Writes assets/fonts/NotoSansCJK{SC,TC,JP,KR}-Names.otf from the bundled *-Regular-subset.otf.br files.
"""

import json
import os
import subprocess
import sys
import tempfile

import brotli

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGIONS = {"SC": "zh-Hans", "TC": "zh-Hant", "JP": "ja", "KR": "ko"}
KEYS = ("language.endonym", "language.title")


def characters(lang):
    with open(os.path.join(ROOT, "assets", "locales", lang, "kiosk.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    return sorted({c for key in KEYS for c in catalog[key] if not c.isspace()})


def main():
    fonts = os.path.join(ROOT, "assets", "fonts")
    for region, lang in REGIONS.items():
        with open(os.path.join(fonts, f"NotoSansCJK{region}-Regular-subset.otf.br"), "rb") as f:
            source = brotli.decompress(f.read())
        out = os.path.join(fonts, f"NotoSansCJK{region}-Names.otf")
        with tempfile.NamedTemporaryFile(suffix=".otf") as tmp:
            tmp.write(source)
            tmp.flush()
            text = "".join(characters(lang))
            subprocess.run(
                [sys.executable, "-m", "fontTools.subset", tmp.name, f"--text={text}",
                 f"--output-file={out}", "--no-hinting", "--desubroutinize", "--name-IDs=*"],
                check=True,
            )
        print(f"{out}: {len(text)} characters, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
