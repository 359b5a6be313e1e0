"""A real headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``):
no extra package and no network port. Tests open a page, press real keys, click, read the DOM
and collect downloads."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def chromium() -> str:
    """The Chromium binary; skip locally without it, fail on CI (.ci/run installs it)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail("chromium is not installed but CI is set (.ci/run installs the Debian package chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); with CI=true this is a failure")


class Browser:
    """One Chromium process with one page; use as a context manager."""

    def __init__(self, profile: Path, downloads: Path | None = None, size: tuple[int, int] = (1400, 1000)) -> None:
        self.profile = profile
        self.downloads = downloads
        self.size = size
        self._next_id = 0
        self._buffer = b""
        self.session = ""
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def child_fds() -> None:
            reading, writing = os.dup(to_browser_read), os.dup(from_browser_write)  # out of the way of 3 and 4
            os.dup2(reading, 3, inheritable=True)
            os.dup2(writing, 4, inheritable=True)

        self.process = subprocess.Popen(
            [
                chromium(),
                *FLAGS,
                "--remote-debugging-pipe",
                f"--user-data-dir={self.profile}",
                f"--window-size={self.size[0]},{self.size[1]}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=None if os.environ.get("BROWSER_DEBUG") else subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=child_fds,  # the pipe must sit on fds 3 and 4
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(target for target in targets if target["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)
        if self.downloads is not None:
            self.call(
                "Browser.setDownloadBehavior",
                behavior="allow",
                downloadPath=str(self.downloads),
                eventsEnabled=True,
            )
        return self

    def __exit__(self, *_exc: object) -> None:
        with contextlib.suppress(Exception):  # closing anyway
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self._to_browser)
        os.close(self._from_browser)

    # -- the protocol

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def call(self, method: str, *, session: bool = False, timeout: float = 30, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its answer (events met meanwhile are kept in ``events``)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)

    def wait_event(self, method: str, timeout: float = 30) -> dict[str, Any]:
        """Wait for an event (one already received counts)."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self.events.append(self._read_message(deadline))

    # -- what tests do

    def open(self, url: str) -> None:
        """Load a page and wait until its script has run (``body[data-js=ready]``)."""
        self.events = []
        # no smooth scrolling or animations (the page honours reduced motion): a click measured while
        # the page still scrolls would land beside its target
        self.call(
            "Emulation.setEmulatedMedia",
            session=True,
            features=[{"name": "prefers-reduced-motion", "value": "reduce"}],
        )
        self.call("Page.navigate", session=True, url=url)
        self.wait_event("Page.loadEventFired")
        self.wait_until("document.body && document.body.getAttribute('data-js') === 'ready'")

    def js(self, expression: str) -> Any:
        """Evaluate JavaScript in the page and return its (JSON) value."""
        answer = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def wait_until(self, expression: str, timeout: float = 15) -> None:
        """Poll a JavaScript condition until it is true."""
        deadline = time.monotonic() + timeout
        while not self.js(f"!!({expression})"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"never true: {expression}")
            time.sleep(0.05)

    def key(self, code: str, text: str = "", *, ctrl: bool = False) -> None:
        """Press and release a key as a person would (``KeyJ``, ``Escape`` ...)."""
        key = {"Escape": "Escape", "Enter": "Enter", "Slash": "/"}.get(code, code.removeprefix("Key").lower())
        modifiers = 2 if ctrl else 0
        codes = {"Escape": 27, "Enter": 13, "Slash": 191}
        virtual = codes.get(code, ord(key.upper()) if len(key) == 1 else 0)
        self.call(
            "Input.dispatchKeyEvent",
            session=True,
            type="keyDown",
            code=code,
            key=key,
            text=text,
            windowsVirtualKeyCode=virtual,
            modifiers=modifiers,
        )
        self.call(
            "Input.dispatchKeyEvent",
            session=True,
            type="keyUp",
            code=code,
            key=key,
            windowsVirtualKeyCode=virtual,
            modifiers=modifiers,
        )

    def type_text(self, text: str) -> None:
        """Type text into the focused element."""
        self.call("Input.insertText", session=True, text=text)

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (scrolled into view first, instantly: the page
        scrolls smoothly, and a box measured mid-scroll would miss the element)."""
        box = self.js(
            f"(function(){{var e=document.querySelector({json.dumps(selector)});"
            "if(!e) return null; e.scrollIntoView({block:'center', behavior:'instant'});"
            "var r=e.getBoundingClientRect(); return [r.left+r.width/2, r.top+r.height/2];})()"
        )
        if box is None:
            raise LookupError(f"no element {selector}")
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path) -> None:
        """Save a PNG of the viewport."""
        import base64

        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def download(self, timeout: float = 15) -> Path:
        """Wait for a download to complete and return the file."""
        assert self.downloads is not None
        deadline = time.monotonic() + timeout
        while True:
            event = self.wait_event("Browser.downloadProgress", max(0.1, deadline - time.monotonic()))
            if event["params"]["state"] == "completed":
                guid = event["params"]["guid"]
                break
        found = self.downloads / guid
        named = [path for path in self.downloads.iterdir() if path.suffix == ".json"]
        return named[0] if named else found
