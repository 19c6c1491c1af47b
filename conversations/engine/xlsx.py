"""A lean XLSX writer: each row's sheet XML made with one join and streamed into the zip.

Why our own: with the rows built fast, xlsxwriter was two thirds of the 20,000-respondent
survey export (issue 14): about 3 µs a cell — `write_row` → `_write` → `_write_token_as_string`
→ `_write_string` → `_write_cell` → `_xml_inline_string`, three regular expressions and a file
write per cell, 640,000 cells. Here a row is one pass over its values with the common types
(text, whole numbers, blanks) written inline, and a batch of rows is one write to the zip.

It writes what the exports need and nothing more, in the form xlsxwriter's constant-memory
mode wrote, so a cell reads the same in Excel, LibreOffice and openpyxl: inline strings (no
shared-string table to hold), control characters as `_xHHHH_`, leading or trailing spaces
kept, texts over Excel's 32,767 UTF-16 units cut there, numbers as `%.16G`, booleans,
dates (`yyyy-mm-dd`) and other moments (`yyyy-mm-dd h:mm:ss`, time zone dropped) as serial
numbers; a text is never a formula or a link. Sheets are written one after another (starting
a sheet ends the one before), right-to-left when asked; the first is the active one.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from math import isinf, isnan
from typing import IO, Any
from xml.sax.saxutils import quoteattr

MAX_ROWS, MAX_COLUMNS, MAX_TEXT = 1_048_576, 16_384, 32_767
FLUSH_ROWS = 250
"""Rows joined into one write to the zip: few writes, and a few hundred KB held at a time."""
DATETIME_STYLE, DATE_STYLE = 1, 2
"""Indexes into `STYLES`' cell formats."""

_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$")
"""A text that needs escaping or `xml:space`; most need neither and are written as they are."""
_ESCAPED_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_EDGE_SPACE = re.compile(r"^\s|\s$")
_BAD_NAME = re.compile(r"[\[\]:*?/\\]")
_EPOCH = datetime(1899, 12, 31)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>'
    '<family val="2"/><scheme val="minor"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
    'xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" '
    'xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" '
    'defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
    '</styleSheet>')


def column_letters(count: int) -> list[str]:
    """"A", "B", … for the first `count` columns."""
    letters = []
    for n in range(1, count + 1):
        name = ""
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def text_cell(ref: str, value: str) -> str:
    """A text cell, escaped as Excel reads it ("" is no cell at all)."""
    if not value:
        return ""
    if len(value) > MAX_TEXT // 2 and _utf16_length(value) > MAX_TEXT:
        value = _cut(value)
    if _SPECIAL.search(value) is None:
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    value = _ESCAPED_ESCAPE.sub(r"_x005F\1", value)
    value = _CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", value)
    value = value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if _EDGE_SPACE.search(value) else ""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{value}</t></is></c>'


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _cut(text: str) -> str:
    """The longest start of `text` Excel holds, never half of a character above U+FFFF."""
    length = 0
    for index, char in enumerate(text):
        length += 2 if ord(char) > 0xFFFF else 1
        if length > MAX_TEXT:
            return text[:index]
    return text


def number_cell(ref: str, value: float | int | Decimal, style: int = 0) -> str:
    if isnan(value) or isinf(value):
        raise TypeError("NAN/INF cannot be written to a spreadsheet cell")
    shown = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{shown}><v>{value:.16G}</v></c>'


def serial(moment: datetime | date | time | timedelta) -> float:
    """Excel's serial number of a moment (1900 system, its phantom 29 February counted)."""
    is_datetime = isinstance(moment, datetime)
    if isinstance(moment, timedelta):
        return moment.days + (moment.seconds + moment.microseconds / 1e6) / 86400
    if isinstance(moment, datetime):
        moment = moment.replace(tzinfo=None)
    elif isinstance(moment, date):
        moment = datetime.fromordinal(moment.toordinal())
    else:
        moment = datetime.combine(_EPOCH, moment.replace(tzinfo=None))
    delta = moment - _EPOCH
    number = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / 86400
    if is_datetime and moment.isocalendar() == (1900, 1, 1):
        number -= 1
    return number + 1 if number > 59 else number


def cell(ref: str, value: Any) -> str:
    """Any value as a cell, the way xlsxwriter's `write` chose (None and "" are no cell)."""
    kind = value.__class__
    if value is None:
        return ""
    if kind is bool:
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if kind in (int, float, Decimal):
        return number_cell(ref, value)
    if kind is Fraction:
        return number_cell(ref, float(value))
    if kind is str:
        return text_cell(ref, value)
    if kind is date:
        return number_cell(ref, serial(value), DATE_STYLE)
    if kind in (datetime, time, timedelta):
        return number_cell(ref, serial(value), DATETIME_STYLE)
    if isinstance(value, bool):
        return cell(ref, bool(value))
    if isinstance(value, int | float | Decimal | Fraction):
        return number_cell(ref, float(value))
    if isinstance(value, str):
        return text_cell(ref, str(value))
    if isinstance(value, datetime | time | timedelta):
        return number_cell(ref, serial(value), DATETIME_STYLE)
    if isinstance(value, date):
        return number_cell(ref, serial(value), DATE_STYLE)
    try:
        return number_cell(ref, float(value))
    except ValueError:
        return text_cell(ref, str(value))
    except TypeError:
        raise TypeError(f"Unsupported type {type(value)} in a spreadsheet cell") from None


class Sheet:
    """One worksheet's XML being streamed into the workbook's zip, a batch of rows a write."""

    def __init__(self, handle: IO[bytes], *, rtl: bool, selected: bool) -> None:
        self._handle = handle
        self._letters: list[str] = []
        self._rows = 0
        view = (' rightToLeft="1"' if rtl else "") + (' tabSelected="1"' if selected else "")
        handle.write(f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><sheetViews>'
                     f'<sheetView{view} workbookViewId="0"/></sheetViews>'
                     '<sheetFormatPr defaultRowHeight="15"/><sheetData>'.encode())

    def write(self, rows: Iterable[Sequence[Any]]) -> None:
        if self._handle.closed:
            raise ValueError("this sheet is finished: a workbook's sheets are written in turn")
        parts: list[str] = []
        letters, number = self._letters, self._rows
        for row in rows:
            number += 1
            if number > MAX_ROWS:
                raise ValueError(f"a sheet holds at most {MAX_ROWS:,} rows")
            if len(row) > len(letters):
                if len(row) > MAX_COLUMNS:
                    raise ValueError(f"a sheet holds at most {MAX_COLUMNS:,} columns")
                letters = self._letters = column_letters(len(row))
            at = str(number)
            cells = []
            for letter, value in zip(letters, row, strict=False):
                kind = value.__class__
                if kind is str:
                    if value:
                        cells.append(text_cell(letter + at, value))
                elif kind is int:
                    cells.append(f'<c r="{letter}{at}"><v>{value:.16G}</v></c>')
                elif value is not None:
                    cells.append(cell(letter + at, value))
            parts.append(f'<row r="{at}">{"".join(cells)}</row>')
            if len(parts) == FLUSH_ROWS:
                self._handle.write("".join(parts).encode())
                parts.clear()
        self._rows = number
        self._handle.write("".join(parts).encode())

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.write(b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" '
                               b'bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
            self._handle.close()


class Book:
    """A workbook written into `target` (a binary file): sheets in turn, the rest at close."""

    def __init__(self, target: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)
        self._names: list[str] = []
        self._sheet: Sheet | None = None

    def add_sheet(self, name: str, *, rtl: bool = False) -> Sheet:
        name = name or f"Sheet{len(self._names) + 1}"
        if _utf16_length(name) > 31 or _BAD_NAME.search(name) \
                or name.startswith("'") or name.endswith("'"):
            raise ValueError(f"not a spreadsheet sheet name: {name!r}")
        if name.lower() in (n.lower() for n in self._names):
            raise ValueError(f"two sheets named {name!r}")
        if self._sheet is not None:
            self._sheet.close()
        self._names.append(name)
        handle = self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w")
        self._sheet = Sheet(handle, rtl=rtl, selected=len(self._names) == 1)
        return self._sheet

    def close(self) -> None:
        if not self._names:
            self.add_sheet("Sheet1")
        assert self._sheet is not None
        self._sheet.close()
        sheets = range(1, len(self._names) + 1)
        parts = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType='
                        '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                        'worksheet+xml"/>' for n in sheets)
        files = {
            "[Content_Types].xml": (
                f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="rels" ContentType="application/vnd.'
                'openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                f'sheet.main+xml"/>{parts}<Override PartName="/xl/styles.xml" ContentType='
                '"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                '</Types>'),
            "_rels/.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" Type='
                '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
            "xl/workbook.xml": (
                f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView '
                'xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/>'
                '</bookViews><sheets>' + "".join(
                    f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
                    for n, name in zip(sheets, self._names, strict=True))
                + '</sheets></workbook>'),
            "xl/_rels/workbook.xml.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}">' + "".join(
                    f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>' for n in sheets)
                + f'<Relationship Id="rId{len(self._names) + 1}" Type="{_REL}/styles" '
                  'Target="styles.xml"/></Relationships>'),
            "xl/styles.xml": STYLES,
        }
        for name, text in files.items():  # dated 1980 like the sheets: no clock read here
            self._zip.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text,
                               zipfile.ZIP_DEFLATED)
        self._zip.close()
