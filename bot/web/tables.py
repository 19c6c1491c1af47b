"""A dashboard table and its downloads: CSV (with the byte-order mark Excel needs for Hebrew)
and XLSX (right-to-left sheets for Hebrew and Arabic), built from the very rows the page shows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from conversations.engine import tables as spreadsheet


@dataclass
class Table:
    """A titled table; `chart` is the SVG of the same numbers, when it has one."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    chart: Markup | None = None
    note: str = ""


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.headers)
    writer.writerows(table.rows)
    return buffer.getvalue().encode("utf_8_sig")


def to_xlsx(table: Table, *, rtl: bool) -> bytes:
    buffer = io.BytesIO()
    with spreadsheet.Workbook(buffer) as book:
        book.sheet(_sheet_name(table.key), table.headers, rtl=rtl).extend(table.rows)
    return buffer.getvalue()


def _sheet_name(key: str) -> str:
    return "".join(c for c in key if c not in "[]:*?/\\")[:31] or "table"
