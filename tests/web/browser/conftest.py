"""A live newsgraph server (uvicorn in a background thread, 127.0.0.1, a free port) over a database
of hand-analysed invented stories, and a headless Debian Chromium driven by Playwright.

Browser tests are marked ``browser``; they skip only when Chromium or Playwright is not installed.
Screenshots go to ``test-artifacts/screenshots/`` (git-ignored).
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE,):  # harness.py (web_stories.py is on the path via tests/conftest.py)
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from harness import CHROMIUM_ARGS, LiveServer  # noqa: E402


@pytest.fixture(scope="session")
def story_ids(tmp_path_factory):
    from web_stories import store_stories

    path = tmp_path_factory.mktemp("browser") / "web.db"
    url = f"sqlite:///{path}"
    return url, store_stories(url)


@pytest.fixture(scope="session")
def live_server(story_ids):
    from newsgraph.web.app import create_app

    url, _ = story_ids
    with LiveServer(create_app(url)) as server:
        yield server


@pytest.fixture(scope="module")  # not session: Playwright's sync API holds an asyncio loop on this
def chromium():                  # thread while it lives, which would break later asyncio.run() callers
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []  # JavaScript errors and dialogs seen while the test ran
    page.on("pageerror", lambda e: page.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (page.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()
