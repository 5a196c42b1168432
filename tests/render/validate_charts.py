#!/usr/bin/env python3
"""Checks the SVG charts: well-formed XML with the accessibility wiring the monitoring page needs,
and, when a Nu Html Checker is given, a valid HTML5 page with the charts and tables inline.

    validate_charts.py <urker_render_tool> <work folder> [vnu.jar]
"""

import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
NUMBER_ATTRIBUTES = ("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx")
NUMBER = re.compile(r"^-?\d+(\.\d{1,2})?$")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def check_svg(path):
    name = path.name
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        check(False, f"{name}: not well-formed: {error}")
        return
    check(root.tag == SVG + "svg", f"{name}: root is {root.tag}")
    check(root.get("role") == "img", f"{name}: no role=img")
    check(root.get("width") == "100%", f"{name}: not width=100%")
    view_box = (root.get("viewBox") or "").split()
    check(len(view_box) == 4 and all(NUMBER.match(v) for v in view_box), f"{name}: viewBox {root.get('viewBox')!r}")
    check("urker-chart" in (root.get("class") or "").split(), f"{name}: no urker-chart class")

    children = list(root)
    ids = {element.get("id"): element for element in root.iter() if element.get("id")}
    labelled_by = (root.get("aria-labelledby") or "").split()
    check(labelled_by, f"{name}: no aria-labelledby")
    for ref in labelled_by:
        check(ref in ids, f"{name}: aria-labelledby names {ref!r}, which is not there")
        if ref in ids:
            check(ids[ref].tag in (SVG + "title", SVG + "desc"), f"{name}: {ref!r} is not a title or desc")
            check(ids[ref] in children, f"{name}: {ref!r} is not a child of the svg")
    check(children and children[0].tag == SVG + "title", f"{name}: the first child is not the title")
    check(children and children[0].get("id") == (labelled_by or [None])[0], f"{name}: the title is not named first")

    for element in root.iter():
        if element is root:
            continue
        for attribute in NUMBER_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                check(NUMBER.match(value) and not value.endswith(".0") and value != "-0",
                      f"{name}: {element.tag} {attribute}={value!r} is not a plain number")
        if element.tag == SVG + "a":
            check(element.get("href"), f"{name}: a link without href")
            check(element.find(SVG + "title") is not None, f"{name}: a link without a title")
        check(element.tag.startswith(SVG), f"{name}: element {element.tag} outside SVG")
        check(element.tag not in (SVG + "script", SVG + "foreignObject", SVG + "style"), f"{name}: {element.tag}")
    for item in root.iter():
        if "urker-chart__item" in (item.get("class") or "").split():
            check(item.find(SVG + "title") is not None and item.find(SVG + "title").text,
                  f"{name}: an item without its full label in a title")
    for text in root.iter(SVG + "text"):
        check("".join(text.itertext()).strip(), f"{name}: an empty text")


def check_page(page, vnu):
    java = shutil.which("java")
    if not java or not vnu or not pathlib.Path(vnu).exists():
        print("charts: no java or vnu.jar, skipping the HTML5 check of charts.html")
        return
    result = subprocess.run([java, "-jar", vnu, "--format", "gnu", str(page)], capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        check(False, f"vnu: {line}")
    check(result.returncode == 0, f"vnu exited with {result.returncode}")


def main():
    tool, work = sys.argv[1], pathlib.Path(sys.argv[2]) / "charts"
    vnu = sys.argv[3] if len(sys.argv) > 3 else None
    subprocess.run([tool, str(work)], check=True)
    svgs = sorted(work.glob("*.svg"))
    check(len(svgs) == 7, f"expected 7 charts, found {len(svgs)}")
    for svg in svgs:
        check_svg(svg)

    page = work / "charts.html"
    ids = re.findall(r'\sid="([^"]*)"', page.read_text(encoding="utf-8"))
    check(len(ids) == len(set(ids)), f"charts.html: ids repeat: {sorted(i for i in ids if ids.count(i) > 1)}")
    check_page(page, vnu)

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print(f"charts: {len(svgs)} SVG charts are well-formed and labelled; charts.html checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
