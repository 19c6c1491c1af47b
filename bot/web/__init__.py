"""The coordinators' web dashboard and the public results page (Starlette + Jinja2 templates).

Server-rendered pages with inline SVG charts and one vendored stylesheet: nothing is fetched
from elsewhere at run time. The counts come from `storage/dashboard.py` and the survey
summary; this package only renders them, checks sessions and CSRF, and audits every view.
"""
