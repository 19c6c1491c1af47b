"""Survey results as spreadsheet rows: one per respondent, a column per question.

Rows are produced a batch at a time (keyset paging, one short transaction per batch, so a
big export neither holds SQLite's write lock nor memory), and written a batch at a time by the
exports' one writer (conversations/engine/tables.py): 20,000 respondents stay within tens of MB.
A batch is two Core reads (storage/survey_export.py); each distinct answer is decoded and
formatted once, not once per respondent (issue 14: 20,000 respondents in about a second).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from conversations.domain import dates
from conversations.domain.places import default_places
from conversations.domain.survey_answers import Given, display
from conversations.domain.survey_def import Question, Survey
from conversations.engine import tables
from locales import Localizer
from storage import survey_export as reads
from storage.db import Database

BATCH = 1000
CACHED = 10_000
"""At most this many distinct answers per question (and local minutes) are remembered."""
FIXED = ("survey-col-person", "survey-col-channel", "survey-col-language", "survey-col-status",
         "survey-col-started", "survey-col-finished", "survey-col-version")


class Columns:
    """The headers and how each answer fills its cells, in one language."""

    def __init__(self, survey: Survey, localizer: Localizer, language: str) -> None:
        self.survey = survey
        self.localizer = localizer
        self.language = language
        self._texts: dict[tuple[str, str], str] = {}  # formatting Fluent per cell is slow

    def t(self, key: str, **args: Any) -> str:
        if args:
            return self.localizer.format(self.language, key, **args)
        if ("", key) not in self._texts:
            self._texts[("", key)] = self.localizer.format(self.language, key)
        return self._texts[("", key)]

    def label(self, q: Question, option: str) -> str:
        if (q.id, option) not in self._texts:
            text = self.survey.option_text(q, option, self.language)
            if q.type == "yesno" and text == option:
                text = self.t(f"survey-{option}")
            self._texts[(q.id, option)] = text
        return self._texts[(q.id, option)]

    def place(self, key: str) -> str:
        if ("@", key) not in self._texts:
            place = default_places().get(key)
            self._texts[("@", key)] = place.display(self.language) if place else key
        return self._texts[("@", key)]

    def headers(self) -> list[str]:
        names = [self.t(key) for key in FIXED]
        for q in self.survey.questions:
            title = self.survey.title(q, self.language)
            if q.type == "multi":
                names += [f"{title}: {self.survey.option_text(q, o, self.language)}"
                          for o in q.option_ids]
            elif q.type == "locality":
                names += [title, f"{title} – {self.t('survey-col-region')}"]
            else:
                names.append(title)
        return names

    def cells(self, q: Question, given: Given | None) -> list[Any]:
        if q.type == "multi":
            if given is None or given.skipped or given.value is None:
                return [""] * len(q.option_ids)
            return [int(o in given.value) for o in q.option_ids]
        if q.type == "locality":
            if given is None or given.skipped or given.value is None:
                return ["", ""]
            return [self.place(given.value["key"]), self.t(f"region-{given.value['region']}")]
        if given is None or given.skipped or given.value is None:
            return [""]
        if q.type in ("number", "scale", "text"):
            return [given.value]
        if q.type in ("single", "yesno"):
            return [self.label(q, given.value)]
        return [display(self.survey, q, given, self.language, yes=self.t("survey-yes"),
                        no=self.t("survey-no"))]


class _Cells:
    """Where each question's cells stand in a row, and each distinct answer's cells: a choice,
    a date or a locality is looked up and formatted once per export, not once per respondent
    (free text is decoded each time: its values rarely repeat)."""

    def __init__(self, survey: Survey, columns: Columns) -> None:
        self.columns = columns
        self.slots: dict[str, tuple[Question, int, int, dict[str, list[Any]] | None]] = {}
        start = len(FIXED)
        for q in survey.questions:
            width = len(q.option_ids) if q.type == "multi" else 2 if q.type == "locality" else 1
            self.slots[q.id] = (q, start, start + width, None if q.type == "text" else {})
            start += width
        self.blank: list[Any] = [""] * (start - len(FIXED))

    def fill(self, rows: dict[int, list[Any]],
             answers: list[tuple[int, str, str | None, bool]]) -> None:
        slots, cells = self.slots, self.columns.cells
        for response_id, question_id, raw, skipped in answers:
            slot = slots.get(question_id)
            if slot is None or skipped or raw is None:
                continue  # a question the survey no longer has, or a blank
            q, start, end, known = slot
            if known is None:
                rows[response_id][start:end] = cells(q, Given(json.loads(raw)))
                continue
            found = known.get(raw)
            if found is None:
                found = cells(q, Given(json.loads(raw)))
                if len(known) < CACHED:
                    known[raw] = found
            rows[response_id][start:end] = found


class _Stamps:
    """`dates.for_export` of each moment, formatted once per local minute (the text it shows),
    not once per cell: strftime was a tenth of the CSV export."""

    def __init__(self, timezone: str) -> None:
        self.timezone = timezone
        self.zone = ZoneInfo(timezone)
        self.known: dict[datetime, str] = {}

    def __call__(self, at: datetime | None) -> str:
        if at is None:
            return ""
        minute = at.astimezone(self.zone).replace(second=0, microsecond=0, tzinfo=None)
        text = self.known.get(minute)
        if text is None:
            text = dates.for_export(at, self.timezone)
            if len(self.known) >= CACHED:
                self.known.clear()
            self.known[minute] = text
        return text


async def rows(db: Database, survey: Survey, columns: Columns, *, finished_only: bool,
               timezone: str, batch: int = BATCH) -> AsyncIterator[list[list[Any]]]:
    """Every respondent's row, in response order, a batch of rows at a time: one Core read
    of the batch's responses and one of their answers (storage/survey_export.py)."""
    cells, stamp, status = _Cells(survey, columns), _Stamps(timezone), columns.t
    last = 0
    while True:
        async with db.transaction() as session:
            page = await reads.batch(session, survey.id, after=last,
                                     finished_only=finished_only, limit=batch)
        if not page.respondents:
            return
        channels = page.channels
        chunk = {r.id: [r.person_id or "", r.channel or channels.get(r.person_id or 0, ""),
                        r.language or "", status(f"survey-status-{r.status}"),
                        stamp(r.started_at), stamp(r.finished_at), r.version, *cells.blank]
                 for r in page.respondents}
        cells.fill(chunk, page.answers)
        yield list(chunk.values())
        last = page.respondents[-1].id


async def export(db: Database, survey: Survey, localizer: Localizer, *, out: Path,
                 fmt: str, language: str, finished_only: bool, timezone: str) -> int:
    """Write the file; return how many respondents it holds."""
    columns = Columns(survey, localizer, language)
    count = 0
    if fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = tables.csv_writer(handle, columns.headers())
            async for chunk in rows(db, survey, columns, finished_only=finished_only,
                                    timezone=timezone):
                writer.writerows(chunk)
                count += len(chunk)
        return count
    # The file is opened before the workbook exists: one that cannot be written is an
    # OSError (one line from the CLI), not a half-written sheet failing later.
    with out.open("wb") as binary, tables.Workbook(binary) as book:
        sheet = book.sheet(survey.id, columns.headers(), rtl=language in ("he", "ar"))
        async for chunk in rows(db, survey, columns, finished_only=finished_only,
                                timezone=timezone):
            sheet.extend(chunk)
            count += len(chunk)
    return count
