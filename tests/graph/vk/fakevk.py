"""A fake VK API served over real HTTP from a thread, for the collector's tests.

It speaks the wire protocol vk-api uses (``POST /method/<name>``, form body,
``{"response": …}`` / ``{"error": …}``) and builds its answers from the
recorded response shapes in ``fixtures/``. ``execute`` is emulated for the
three scripts the collector sends (its wall walk and vk-api's two request
pools), with ``execute_errors`` for failing inner calls, as VK does.

Faults are queued per method (``fail``): a VK error envelope, an HTTP status
or a delay longer than the client's read timeout. Every HTTP request is
logged with its arrival time, method, parameters and a token fingerprint.
"""

from __future__ import annotations

import copy
import json
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def error(code: int) -> dict:
    return copy.deepcopy(fixture("errors")[str(code)])


def too_big() -> dict:
    """VK's answer to an ``execute`` whose response exceeds its size limit."""
    body = error(13)
    body["error"]["error_msg"] = (
        "Runtime error occurred during code invocation: response size is too big"
    )
    return body


@dataclass
class Logged:
    at: float
    method: str
    params: dict[str, str]
    token: str


@dataclass
class Delay:
    seconds: float


@dataclass
class Http:
    status: int


class FakeVk:
    def __init__(self) -> None:
        self.users: dict[int, dict] = {}
        self.groups: dict[int, dict] = {}
        self.walls: dict[int, list[dict]] = {}
        self.reposts: dict[tuple[int, int], dict] = {}
        self.comments: dict[tuple[int, int], list[dict]] = {}  # (owner, post) → top comments
        self.search_pages: dict[str, list[dict]] = {}
        self.search_total: Any = None  # callable(start, end) -> total_count, for the cap
        self.faults: dict[str, deque] = defaultdict(deque)
        # VK refuses an execute whose response is larger (error 13); 0: no limit.
        self.max_response_bytes = 0
        self.refused = 0  # executes refused for their size
        self.log: list[Logged] = []
        self.inner: list[str] = []  # every API method run, inner calls of execute included
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    # --- world -------------------------------------------------------------------
    def load_fixtures(self) -> FakeVk:
        for user in fixture("users.get")["response"]:
            self.users[user["id"]] = user
        for name in ("wall.getById", "wall.getReposts", "newsfeed.search.page1"):
            for user in fixture(name)["response"].get("profiles", []):
                self.users.setdefault(user["id"], user)
        for group in fixture("groups.getById")["response"]["groups"]:
            self.groups[group["id"]] = group
        self.walls[700100001] = fixture("wall.get")["response"]["items"]
        self.reposts[(700100001, 512)] = fixture("wall.getReposts")["response"]
        page1 = fixture("newsfeed.search.page1")["response"]
        self.search_pages["anna_svetlova_tver"] = [
            page1,
            fixture("newsfeed.search.last_page")["response"],
        ]
        return self

    def fail(self, method: str, *faults: Any) -> None:
        """Queue faults for the next calls of ``method`` (dict: VK error envelope)."""
        self.faults[method].extend(faults)

    def requests(self, method: str | None = None) -> list[Logged]:
        return [r for r in self.log if method is None or r.method == method]

    # --- server --------------------------------------------------------------------
    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                method = self.path.rsplit("/", 1)[-1]
                params = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
                status, payload, delay = fake.handle(method, params)
                if delay:
                    time.sleep(delay)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.url

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/method/"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # --- dispatch ----------------------------------------------------------------------
    def handle(self, method: str, params: dict[str, str]) -> tuple[int, dict, float]:
        token = params.pop("access_token", "")
        with self.lock:
            self.log.append(Logged(time.time(), method, dict(params), token))
            fault = self.faults[method].popleft() if self.faults[method] else None
        if isinstance(fault, Http):
            return fault.status, {"error": "bad gateway"}, 0
        if isinstance(fault, Delay):
            status, payload = self.call(method, params)
            return status, payload, fault.seconds
        if isinstance(fault, dict):
            return 200, fault, 0
        if params.get("v") != "5.199":
            return 200, error(8), 0
        return (*self.call(method, params), 0)

    def call(self, method: str, params: dict[str, Any]) -> tuple[int, dict]:
        if method == "execute":
            return 200, self.execute(params["code"])
        result = self.api(method, params)
        return 200, result

    def inner_call(self, method: str, params: dict[str, Any]) -> tuple[Any, dict | None]:
        """An API call inside execute: (result, None) or (False, error entry)."""
        with self.lock:
            fault = self.faults[method].popleft() if self.faults[method] else None
        result = fault if isinstance(fault, dict) else self.api(method, params)
        if "error" in result:
            err = result["error"]
            return False, {
                "method": method,
                "error_code": err["error_code"],
                "error_msg": err["error_msg"],
            }
        return result["response"], None

    # --- methods -----------------------------------------------------------------------
    def api(self, method: str, params: dict[str, Any]) -> dict:
        with self.lock:
            self.inner.append(method)
        handler = getattr(self, "m_" + method.replace(".", "_"), None)
        if handler is None:
            return error(100)
        return handler(params)

    def m_users_get(self, params):
        ids = [i for i in str(params["user_ids"]).split(",") if i]
        return {"response": [self.users[int(i)] for i in ids if int(i) in self.users]}

    def m_groups_getById(self, params):
        ids = [i for i in str(params.get("group_ids") or params.get("group_id")).split(",") if i]
        found = [self.groups[int(i)] for i in ids if int(i) in self.groups]
        if not found:
            return error(100)
        return {"response": {"groups": found, "profiles": []}}

    def m_utils_resolveScreenName(self, params):
        name = str(params["screen_name"]).lower()
        for user in self.users.values():
            if user.get("screen_name") == name:
                return {"response": {"object_id": user["id"], "type": "user"}}
        for group in self.groups.values():
            if group.get("screen_name") == name:
                kind = "page" if group.get("type") == "page" else "group"
                return {"response": {"object_id": group["id"], "type": kind}}
        return {"response": []}

    def _owner_check(self, owner: int) -> dict | None:
        if owner > 0:
            user = self.users.get(owner)
            if user is None or user.get("deactivated"):
                return error(18)
            if user.get("is_closed") and not user.get("can_access_closed"):
                return error(30)
        else:
            group = self.groups.get(-owner)
            if group is None:
                return error(100)
            if group.get("is_closed"):
                return error(15)
        return None

    def m_wall_get(self, params):
        owner, offset = int(params["owner_id"]), int(params.get("offset", 0))
        count = int(params.get("count", 20))
        denied = self._owner_check(owner)
        if denied:
            return denied
        wall = self.walls.get(owner, [])
        return {"response": {"count": len(wall), "items": wall[offset : offset + count]}}

    def m_wall_getReposts(self, params):
        owner, post = int(params["owner_id"]), int(params["post_id"])
        denied = self._owner_check(owner)
        if denied:
            return denied
        empty = {"items": [], "profiles": [], "groups": []}
        return {"response": self.reposts.get((owner, post), empty)}

    def m_wall_getComments(self, params):
        owner, post = int(params["owner_id"]), int(params["post_id"])
        offset, count = int(params.get("offset", 0)), int(params.get("count", 10))
        denied = self._owner_check(owner)
        if denied:
            return denied
        comments = self.comments.get((owner, post), [])
        if params.get("sort") == "desc":
            comments = sorted(comments, key=lambda c: -c["id"])
        page = copy.deepcopy(comments[offset : offset + count])
        limit = int(params.get("thread_items_count", 0))
        for comment in page:
            thread = comment.get("thread") or {"count": 0, "items": []}
            comment["thread"] = {**thread, "items": thread["items"][:limit]}
        authors = {c["from_id"] for c in comments}
        return {
            "response": {
                "count": len(comments),
                "current_level_count": len(comments),
                "items": page,
                "profiles": [self.users[a] for a in authors if a in self.users],
                "groups": [self.groups[-a] for a in authors if -a in self.groups],
            }
        }

    def m_newsfeed_search(self, params):
        q = str(params.get("q", ""))
        pages = self.search_pages.get(q, [{"items": [], "count": 0, "total_count": 0}])
        start, end = int(params.get("start_time", 0)), int(params.get("end_time", 2**40))
        index = 0
        if params.get("start_from"):
            for i, page in enumerate(pages):
                if page.get("next_from") == params["start_from"]:
                    index = i + 1
        page = copy.deepcopy(pages[min(index, len(pages) - 1)])
        page["items"] = [p for p in page["items"] if start <= p["date"] <= end]
        if self.search_total is not None:
            page["total_count"] = self.search_total(start, end)
        return {"response": page}

    # --- execute ---------------------------------------------------------------------------
    _WALL = re.compile(
        r"var owner = (-?\d+), offset = (-?\d+), count = (null|\d+), stop_id = (\d+),"
        r"\s*since = (\d+), floor = (-?\d+), per_page = (\d+),.*calls < (\d+)",
        re.S,
    )
    _ONE_PARAM = re.compile(
        r"var def_values = (\{.*?\}),values = (\[.*?\]),.*def_values\.(\w+) = values\[i\];"
        r"result\.push\(API\.([\w.]+)\(def_values\)\)",
        re.S,
    )
    _ONE_METHOD = re.compile(r"var values = (\[.*\]),i = 0.*API\.([\w.]+)\(values\[i\]\)", re.S)

    def execute(self, code: str) -> dict:
        errors: list[dict] = []
        if m := self._WALL.search(code):
            owner, offset, count, stop_id, since, floor, per_page, pages = m.groups()
            result = self._wall_script(
                int(owner),
                int(offset),
                None if count == "null" else int(count),
                int(stop_id),
                int(since),
                int(floor),
                int(per_page),
                int(pages),
                errors,
            )
        elif m := self._ONE_PARAM.search(code):
            defaults, values, key, method = m.groups()
            result = []
            for value in json.loads(values):
                response, err = self.inner_call(method, {**json.loads(defaults), key: value})
                result.append(response)
                if err:
                    errors.append(err)
        elif m := self._ONE_METHOD.search(code):
            values, method = m.groups()
            result = []
            for value in json.loads(values):
                response, err = self.inner_call(method, value)
                result.append(response)
                if err:
                    errors.append(err)
        else:
            return error(13)
        if self.max_response_bytes and len(json.dumps(result)) > self.max_response_bytes:
            self.refused += 1
            return too_big()
        body: dict[str, Any] = {"response": result}
        if errors:
            body["execute_errors"] = errors
        return body

    def _wall_script(self, owner, offset, count, stop_id, since, floor, per_page, pages, errors):
        """The collector's VKScript wall walk, line by line."""
        items: list[dict] = []
        more = True
        calls = 0
        while calls < pages:
            calls += 1
            r, err = self.inner_call(
                "wall.get", {"owner_id": owner, "offset": offset, "count": per_page}
            )
            if err:
                errors.append(err)
                return {"count": count, "items": items, "offset": offset, "more": more}
            diff = 0 if count is None else r["count"] - count
            count = r["count"]
            if diff != 0:
                offset = max(0, offset + diff)
                continue
            ri = r["items"]
            items += ri
            offset += per_page
            if len(r["items"]) < per_page or offset >= count:
                more = False
                break
            last = ri[-1] if ri else None
            if last and ((last["id"] <= stop_id and last["date"] < since) or last["date"] < floor):
                break
        return {"count": count, "items": items, "offset": offset, "more": more}


def make_post(owner: int, post_id: int, date: int, text: str = "", **extra: Any) -> dict:
    """A wall post in the 5.199 shape (as in fixtures/wall.get.json)."""
    post = {
        "inner_type": "wall_wallpost",
        "id": post_id,
        "owner_id": owner,
        "from_id": owner,
        "date": date,
        "post_type": "post",
        "text": text,
        "attachments": [],
        "post_source": {"type": "vk"},
        "comments": {"can_post": 1, "count": post_id % 7, "groups_can_post": True},
        "likes": {"can_like": 1, "count": post_id % 50, "user_likes": 0, "can_publish": 1},
        "reposts": {"count": 0, "wall_count": 0, "mail_count": 0, "user_reposted": 0},
        "views": {"count": 100 + post_id},
        "type": "post",
    }
    post.update(extra)
    return post


def heavy_post(owner: int, post_id: int, date: int, text: str = "") -> dict:
    """A community post with photos and a link, as busy walls carry (about 2.5 KB)."""
    sizes = [
        {
            "type": t,
            "width": w,
            "height": h,
            "url": f"https://sun9-{post_id % 97}.userapi.example/"
            f"impg/{owner}_{post_id}_{t}.jpg?size={w}x{h}&quality=96&sign={'f' * 32}&type=album",
        }
        for t, w, h in (("s", 75, 56), ("m", 130, 97), ("x", 604, 453), ("y", 807, 605))
    ]
    photos = [
        {
            "type": "photo",
            "photo": {
                "id": post_id * 10 + i,
                "owner_id": owner,
                "album_id": -7,
                "date": date,
                "access_key": "a" * 18,
                "sizes": sizes,
            },
        }
        for i in range(2)
    ]
    link = {
        "type": "link",
        "link": {
            "url": f"https://tver.example/news/{post_id}",
            "title": "Новости города: " + text[:60],
            "description": "Подробности по ссылке. " * 4,
        },
    }
    return make_post(owner, post_id, date, text, attachments=[*photos, link])


def make_comment(comment_id: int, author: int, date: int, text: str, **extra: Any) -> dict:
    """A ``wall.getComments`` item (5.199 shape); ``thread`` holds its replies."""
    comment = {
        "id": comment_id,
        "from_id": author,
        "date": date,
        "text": text,
        "post_id": 0,
        "owner_id": 0,
        "parents_stack": [],
        "likes": {"count": comment_id % 5, "user_likes": 0, "can_like": 1},
        "thread": {"count": 0, "items": [], "can_post": True},
    }
    comment.update(extra)
    return comment
