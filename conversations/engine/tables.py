"""Writing a coordinator's export: named sheets of rows to a CSV (the first sheet) or XLSX file.

The one writer of every export (survey, leads, journey, decisions, matching, meetings, the
dashboard's downloads), so they all write files the same way: CSV in UTF-8 with a BOM, so
Excel reads Hebrew and Arabic; XLSX with one sheet per table, right-to-left for Hebrew and
Arabic when asked. XLSX is written by our lean writer (conversations/engine/xlsx.py, which
says why): each batch of rows goes into the zip as it is appended, with flat memory, in the
form xlsxwriter's constant-memory mode wrote. Text is always written as text — never turned
into a formula or a link, whatever a person typed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from conversations.engine import xlsx
from conversations.engine.commands import output_file

Sheet = tuple[Sequence[str], Sequence[Sequence[Any]]]
"""Column names and rows."""


def format_of(path: Path, given: str | None) -> str:
    """The format asked for, else the file's extension (xlsx), else csv."""
    return given or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")


class SheetWriter:
    """Rows appended to one sheet of a `Workbook`, written out as they come."""

    def __init__(self, sheet: xlsx.Sheet) -> None:
        self._sheet = sheet

    def append(self, row: Sequence[Any]) -> None:
        self._sheet.write((row,))

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        self._sheet.write(rows)


class Workbook:
    """An XLSX file being written, to a path or an open binary file (`io.BytesIO` for a
    download). A context manager: the file is complete when the block ends. Its sheets are
    written one after another: starting one finishes the one before."""

    def __init__(self, target: Path | IO[bytes]) -> None:
        # A file that cannot be written is an OSError now (one line from the CLI), not an
        # error when the workbook is closed.
        self._file = target.open("wb") if isinstance(target, Path) else None
        self._book = xlsx.Book(self._file or target)  # type: ignore[arg-type]

    def sheet(self, name: str, columns: Sequence[str] | None = None, *,
              rtl: bool = False) -> SheetWriter:
        writer = SheetWriter(self._book.add_sheet(name[:31], rtl=rtl))
        if columns is not None:
            writer.append(columns)
        return writer

    def close(self) -> None:
        try:
            self._book.close()
        finally:
            if self._file is not None:
                self._file.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def csv_writer(handle: IO[str], columns: Sequence[str] | None) -> Any:
    """A `csv.writer` on `handle` (text, newline=""), after the byte-order mark Excel needs
    to read Hebrew and the header row."""
    handle.write("\ufeff")
    writer = csv.writer(handle)
    if columns is not None:
        writer.writerow(columns)
    return writer


def write_csv(handle: IO[str], columns: Sequence[str] | None,
              rows: Iterable[Sequence[Any]]) -> None:
    csv_writer(handle, columns).writerows(rows)


def write_tables(path: Path, fmt: str, sheets: dict[str, Sheet], *, rtl: bool = False) -> None:
    output_file(path)
    if fmt == "xlsx":
        with Workbook(path) as book:
            for name, (columns, rows) in sheets.items():
                book.sheet(name, columns, rtl=rtl).extend(rows)
        return
    columns, rows = next(iter(sheets.values()))
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_csv(handle, columns, rows)
