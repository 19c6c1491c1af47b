"""Leads as a spreadsheet (CSV or XLSX), for `kehila export leads` and the coordinators'
"export" button in chat: one row per lead, headers and values in one language."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from conversations.domain.survey_def import Survey
from conversations.engine import tables
from conversations.garinim.texts import region, survey_label
from locales import Translator
from storage.garin_leads import HOUSEHOLD_FIELD, TIMING_FIELD, LeadView

HEADERS = ("garin-col-person", "garin-col-name", "garin-col-reasons", "garin-col-regions",
           "garin-col-sites", "garin-col-timing", "garin-col-household",
           "garin-col-residence", "garin-col-garinim")
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def rows(leads: Sequence[LeadView], t: Translator, found: Survey | None) -> list[list[str]]:
    def label(name: str, value: str, form: str | None = None) -> str:
        return survey_label(found, t.language, name, value, form) if value else ""

    table = [[t(key) for key in HEADERS]]
    for lead in leads:
        table.append([str(lead.person_id), lead.name,
                      ", ".join(t(f"garin-reason-{r}") for r in lead.reasons),
                      ", ".join(region(t, r) for r in lead.regions), ", ".join(lead.sites),
                      label(TIMING_FIELD, lead.timing),
                      label(HOUSEHOLD_FIELD, lead.household, lead.form),
                      region(t, lead.residence) if lead.residence else "",
                      ", ".join(str(g) for g in lead.garin_ids)])
    return table


def to_bytes(table: list[list[str]], fmt: str) -> bytes:
    if fmt == "csv":
        text = io.StringIO()
        csv.writer(text).writerows(table)
        return ("\ufeff" + text.getvalue()).encode()  # the BOM: Excel reads Hebrew right
    out = io.BytesIO()
    with tables.Workbook(out) as book:
        book.sheet("Sheet").extend(table)  # the name openpyxl gave it
    return out.getvalue()
