"""A live newsgraph server (uvicorn in a background thread, 127.0.0.1, a free port) over a database
of hand-analysed invented stories, and a headless Debian Chromium driven by Playwright.

Browser tests are marked ``browser``; they skip only when Chromium or Playwright is not installed.
Screenshots go to ``test-artifacts/screenshots/`` (git-ignored).
"""
from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

SCREENSHOTS = TESTS.parent / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, app, token=None):
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def story_ids(tmp_path_factory):
    from test_web_stories import store_stories

    path = tmp_path_factory.mktemp("browser") / "web.db"
    url = f"sqlite:///{path}"
    return url, store_stories(url)


@pytest.fixture(scope="session")
def live_server(story_ids):
    from newsgraph.web.app import create_app

    url, _ = story_ids
    with LiveServer(create_app(url)) as server:
        yield server


@pytest.fixture(scope="session")
def chromium():
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


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
