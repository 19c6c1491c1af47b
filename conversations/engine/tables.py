"""Writing a coordinator's export: named sheets of rows to a CSV (the first sheet) or XLSX file.

Shared so every `kehila export …` command writes files the same way (UTF-8 with a BOM, so
Excel reads Hebrew and Arabic; one sheet per table in a workbook).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from conversations.engine.commands import output_file

Sheet = tuple[Sequence[str], Sequence[Sequence[Any]]]
"""Column names and rows."""


def format_of(path: Path, given: str | None) -> str:
    """The format asked for, else the file's extension (xlsx), else csv."""
    return given or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")


def write_tables(path: Path, fmt: str, sheets: dict[str, Sheet]) -> None:
    output_file(path)
    if fmt == "xlsx":
        book = Workbook()
        book.remove(book.active)
        for name, (columns, rows) in sheets.items():
            sheet = book.create_sheet(name[:31])
            sheet.append(list(columns))
            for row in rows:
                sheet.append(list(row))
        book.save(path)
        return
    columns, rows = next(iter(sheets.values()))
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff")  # the byte-order mark Excel needs to read Hebrew CSV
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
