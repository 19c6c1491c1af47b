"""The survey export writes exactly these rows: every kind of answer, texts with commas,
quotes, newlines and Hebrew, skipped and missing answers, an answer to a question the survey
no longer has, a deleted person, an unfinished response. The expectations are what the former
path wrote (ORM reads a cell at a time, xlsxwriter): a test compared the two on this very
data before that path was removed. The XLSX files are checked cell by cell against what
xlsxwriter, the former writer, makes of the same rows."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from sqlalchemy import update

from bot.clock import Clock
from conversations.domain import dates
from conversations.domain.survey_def import Survey, parse_survey
from conversations.domain.types import Address
from conversations.engine import tables
from conversations.survey import export as survey_export
from locales import default_localizer
from storage import migrate, people
from storage import survey as repo
from storage.db import Database
from storage.survey_models import SurveyResponse
from tests import timeline

SURVEY = """\
id: every_kind
version: 3
title: {he: כל הסוגים, en: Every kind}
questions:
  - id: pick
    type: single
    title: {he: בחירה, en: Pick}
    text: {he: "מה?", en: "What?"}
    options:
      - {id: a, text: {he: אלף, en: Ay}}
      - {id: b, text: {he: "בית, עם פסיק", en: "Bee, with a comma"}}
  - id: many
    type: multi
    title: {he: כמה, en: Many}
    text: {he: "אילו?", en: "Which?"}
    options:
      - {id: x, text: {he: איקס, en: Ex}}
      - {id: y, text: {he: וואי, en: Why}}
      - {id: z, text: {he: זד, en: Zed}}
  - id: agree
    type: yesno
    title: {he: מסכימה, en: Agree}
    text: {he: "מסכימה?", en: "Agree?"}
  - id: consent
    type: yesno
    title: {he: הסכמה, en: Consent}
    text: {he: "אפשר?", en: "May we?"}
    options:
      yes: {he: "כן, בשמחה", en: "Yes, gladly"}
      no: {he: "לא תודה", en: "No thanks"}
  - id: rate
    type: scale
    min: 1
    max: 5
    title: {he: דירוג, en: Rating}
    text: {he: "כמה?", en: "How much?"}
  - id: count
    type: number
    min: 0
    max: 100
    title: {he: מספר, en: Count}
    text: {he: "כמה?", en: "How many?"}
  - id: note
    type: text
    optional: true
    title: {he: הערה, en: Note}
    text: {he: "עוד משהו?", en: "Anything else?"}
  - id: when
    type: date
    title: {he: מתי, en: When}
    text: {he: "מתי?", en: "When?"}
  - id: home
    type: locality
    title: {he: יישוב, en: Locality}
    text: {he: "איפה?", en: "Where?"}
"""

TEXTS = ['שלום, "עולם"\nשורה שנייה', "  spaces around, a tab\t", "bell \x07 and _x0041_ <&>",
         "", "Ünïcode 😀, 'single' and \"double\"", "x" * 40_000]
OFAKIM = {"key": "אופקים", "region": "negev"}


def survey() -> Survey:
    return parse_survey(SURVEY, "every_kind.yaml")


Seeded = list[tuple[int | None, datetime, datetime | None]]
"""Each respondent's person (None once deleted), start and finish."""


async def seed(db: Database) -> Seeded:
    """Eight respondents, each showing some kind of answer the export must keep."""
    s = survey()
    start = timeline.START
    plans: list[dict[str, Any]] = [
        {"pick": "a", "many": ["x", "z"], "agree": "yes", "consent": "yes", "rate": 5,
         "count": 7, "note": TEXTS[0], "when": "2027-08-15", "home": OFAKIM},
        {"pick": "b", "many": ["y"], "agree": "no", "consent": "no", "rate": 1, "count": 0,
         "note": TEXTS[1], "when": "2026-12-31", "home": {"key": "nowhere", "region": "galilee"}},
        {"pick": "a", "many": [], "agree": None, "note": TEXTS[2], "gone": "old answer"},
        {"note": TEXTS[3], "count": 2.5},  # most questions never reached
        {"pick": "b", "many": ["x", "y", "z"], "note": TEXTS[4], "home": OFAKIM},
        {"pick": "a", "note": TEXTS[5]},
        {"pick": "b", "note": "נמחקה", "rate": 3},  # this person is deleted below
        {"pick": "a", "note": "עדיין עונה"},  # never finished
    ]
    skipped = {1: ("consent",), 2: ("consent", "rate"), 4: ("when", "agree")}
    seeded: Seeded = []
    async with db.transaction() as session:
        for n, plan in enumerate(plans):
            channel = "whatsapp" if n % 3 == 1 else "telegram"
            identity = await people.identity_for(
                session, Address(channel, f"9725000000{n}"), language="he", now=start)
            at = start + timedelta(days=n * 37, hours=n * 5, minutes=n * 11, seconds=n)
            response = await repo.start_response(
                session, survey_id=s.id, version=1 + n % 3, person_id=identity.person_id,
                channel=channel, language=("he", "en", "ar")[n % 3], now=at)
            for qid, value in plan.items():
                kind = s.question(qid).type if s.question(qid) else "text"
                await repo.save_answer(session, response, version=response.version,
                                       question_id=qid, kind=kind, value=value,
                                       skipped=False, now=at)
            for qid in skipped.get(n, ()):
                await repo.save_answer(session, response, version=response.version,
                                       question_id=qid, kind=s.question(qid).type,
                                       value=None, skipped=True, now=at)
            finished = at + timedelta(minutes=9) if n != 7 else None
            if finished is not None:
                await repo.set_progress(session, response, now=finished, status=repo.FINISHED)
            seeded.append((identity.person_id if n != 6 else None, at, finished))
            if n == 4:  # an old response that kept no channel: the identity's is shown
                await session.flush()
                await session.execute(update(SurveyResponse)
                                      .where(SurveyResponse.id == response.id)
                                      .values(channel=None))
            if n == 6:
                await repo.anonymise_person(session, identity.person_id)
                await people.delete_person(session, identity.person_id)
    return seeded


def former_xlsx(path: Path, header: list[str], rows: list[list[Any]], *, rtl: bool,
                name: str) -> None:
    """What conversations/engine/tables.Workbook wrote before: xlsxwriter, constant memory."""
    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False, "remove_timezone": True,
        "default_date_format": "yyyy-mm-dd h:mm:ss"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet(name[:31])
    if rtl:
        sheet.right_to_left()
    sheet.add_write_handler(date, lambda ws, r, c, value, *_: ws.write_datetime(
        r, c, value, day))
    for number, row in enumerate([header, *rows]):
        sheet.write_row(number, 0, row)
    book.close()


def read_xlsx(source: Path | bytes) -> list[tuple[str, bool, list[list[Any]]]]:
    """Every sheet's name, direction and cells as openpyxl reads them: value, type, format."""
    book = openpyxl.load_workbook(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [(sheet.title, bool(sheet.sheet_view.rightToLeft),
             [[(c.value, c.data_type, c.number_format if c.value is not None else None)
               for c in row] for row in sheet.iter_rows()])
            for sheet in book.worksheets]


async def collect(rows: Any) -> list[list[Any]]:
    return [row async for chunk in rows for row in chunk]


HEADERS = {
    "en": ["Person", "Channel", "Language", "Status", "Started", "Finished", "Version", "Pick",
           "Many: Ex", "Many: Why", "Many: Zed", "Agree", "Consent", "Rating", "Count", "Note",
           "When", "Locality", "Locality – region"],
    "he": ["מזהה", "ערוץ", "שפה", "סטטוס", "התחלה", "סיום", "גרסה", "בחירה", "כמה: איקס",
           "כמה: וואי", "כמה: זד", "מסכימה", "הסכמה", "דירוג", "מספר", "הערה", "מתי", "יישוב",
           "יישוב – אזור"],
}
ROWS = {  # each respondent's row less its person, start and finish (the seed's)
    "en": [
        ["telegram", "he", "finished", 1, "Ay", 1, 0, 1, "Yes", "Yes, gladly", 5, 7, TEXTS[0],
         "15/08/2027", "Ofakim", "The Negev and the south"],
        ["whatsapp", "en", "finished", 2, "Bee, with a comma", 0, 1, 0, "No", "", 1, 0,
         TEXTS[1], "31/12/2026", "nowhere", "The Galilee and the Golan"],
        ["telegram", "ar", "finished", 3, "Ay", 0, 0, 0, "", "", "", "", TEXTS[2], "", "", ""],
        ["telegram", "he", "finished", 1, "", "", "", "", "", "", "", 2.5, "", "", "", ""],
        ["whatsapp", "en", "finished", 2, "Bee, with a comma", 1, 1, 1, "", "", "", "",
         TEXTS[4], "", "Ofakim", "The Negev and the south"],
        ["telegram", "ar", "finished", 3, "Ay", "", "", "", "", "", "", "", TEXTS[5], "", "",
         ""],
        ["telegram", "he", "finished", 1, "Bee, with a comma", "", "", "", "", "", 3, "", "",
         "", "", ""],
        ["whatsapp", "en", "in progress", 2, "Ay", "", "", "", "", "", "", "", "עדיין עונה",
         "", "", ""],
    ],
    "he": [
        ["telegram", "he", "הושלם", 1, "אלף", 1, 0, 1, "כן", "כן, בשמחה", 5, 7, TEXTS[0],
         "15.8.2027", "אופקים", "הנגב והדרום"],
        ["whatsapp", "en", "הושלם", 2, "בית, עם פסיק", 0, 1, 0, "לא", "", 1, 0, TEXTS[1],
         "31.12.2026", "nowhere", "הגליל והגולן"],
        ["telegram", "ar", "הושלם", 3, "אלף", 0, 0, 0, "", "", "", "", TEXTS[2], "", "", ""],
        ["telegram", "he", "הושלם", 1, "", "", "", "", "", "", "", 2.5, "", "", "", ""],
        ["whatsapp", "en", "הושלם", 2, "בית, עם פסיק", 1, 1, 1, "", "", "", "", TEXTS[4], "",
         "אופקים", "הנגב והדרום"],
        ["telegram", "ar", "הושלם", 3, "אלף", "", "", "", "", "", "", "", TEXTS[5], "", "", ""],
        ["telegram", "he", "הושלם", 1, "בית, עם פסיק", "", "", "", "", "", 3, "", "", "", "",
         ""],
    ],
}


def expected_rows(seeded: Seeded, language: str) -> list[list[Any]]:
    zone = "Asia/Jerusalem"
    return [[person or "", *row[:3], dates.for_export(started, zone),
             dates.for_export(finished, zone), *row[3:]]
            for (person, started, finished), row in zip(seeded, ROWS[language], strict=False)]


async def test_the_export_writes_every_kind_of_answer(database_url, tmp_path) -> None:
    db = Database(database_url, now=Clock().now)
    try:
        await migrate.upgrade(db)
        seeded = await seed(db)
        s, localizer = survey(), default_localizer()
        for language, finished_only in (("en", False), ("he", True)):
            columns = survey_export.Columns(s, localizer, language)
            assert columns.headers() == HEADERS[language]
            want = expected_rows(seeded, language)
            assert len(want) == (7 if finished_only else 8)
            for batch in (3, 1000):  # one page, and pages that end mid-way
                assert await collect(survey_export.rows(
                    db, s, columns, finished_only=finished_only, timezone="Asia/Jerusalem",
                    batch=batch)) == want

            out = tmp_path / f"{language}.csv"
            assert await survey_export.export(
                db, s, localizer, out=out, fmt="csv", language=language,
                finished_only=finished_only, timezone="Asia/Jerusalem") == len(want)
            expected = io.StringIO(newline="")
            csv.writer(expected).writerows([HEADERS[language], *want])
            assert out.read_bytes() == ("\ufeff" + expected.getvalue()).encode()

            out = tmp_path / f"{language}.xlsx"
            await survey_export.export(db, s, localizer, out=out, fmt="xlsx", language=language,
                                       finished_only=finished_only, timezone="Asia/Jerusalem")
            former = tmp_path / f"{language}-former.xlsx"
            former_xlsx(former, HEADERS[language], want, rtl=language == "he", name=s.id)
            assert read_xlsx(out) == read_xlsx(former)
    finally:
        await db.dispose()


def test_the_workbook_writes_every_kind_of_cell_as_xlsxwriter_did(tmp_path) -> None:
    """Every type an export hands the writer, in several sheets, left-to-right and not."""
    moment = datetime(2026, 3, 27, 1, 59, 30, 250_000, tzinfo=timeline.START.tzinfo)
    rows: list[list[Any]] = [
        ["text", 1, -2, 3.25, 1e20, 2 ** 53 + 1, True, False, None, "", date(2026, 11, 24)],
        [moment, moment.replace(tzinfo=None), date(1900, 2, 28), date(1900, 3, 1),
         datetime(1900, 1, 1, 12), timedelta(days=2, hours=6)],
        [*TEXTS[:5], "=1+1", "http://example.org", "  ", "\r\n", "a\x00b", "\ufffe"],
        [],
        ["short"],
        ["a text longer than Excel holds, last in its row:", TEXTS[5]],
    ]
    header = [f"col {n}" for n in range(20)]
    buffer = io.BytesIO()
    with tables.Workbook(buffer) as book:
        book.sheet("first", header, rtl=True).extend(rows)
        second = book.sheet("second & <more>")
        for row in rows:
            second.append(row)
        book.sheet("empty")
    ours = read_xlsx(buffer.getvalue())

    former = tmp_path / "former.xlsx"
    book = xlsxwriter.Workbook(str(former), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False, "remove_timezone": True,
        "default_date_format": "yyyy-mm-dd h:mm:ss"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rtl, header_row in (("first", True, header), ("second & <more>", False, None),
                                  ("empty", False, None)):
        sheet = book.add_worksheet(name)
        if rtl:
            sheet.right_to_left()
        sheet.add_write_handler(date, lambda ws, r, c, value, *_: ws.write_datetime(
            r, c, value, day))
        if name == "empty":
            continue
        all_rows = ([header_row] if header_row else []) + rows
        for number, row in enumerate(all_rows):
            sheet.write_row(number, 0, row)
    book.close()
    assert ours == read_xlsx(former)
    assert ours[0][2][6][1] == ("x" * 32_767, "s", "General")  # cut at Excel's limit
    # (xlsxwriter's write_row dropped the rest of a row after a text it cut; ours keeps it)
