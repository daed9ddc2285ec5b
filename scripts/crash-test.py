#!/usr/bin/env python3
"""Durability under a crash: while 32 clients log sessions over loopback, the server is killed
with SIGKILL and restarted; every session whose POST was acknowledged (201) must still be there.

Usage: scripts/crash-test.py BINARY DATABASE_URL [--port N] [--seconds S]
Runs against whatever database the URL names (sqlite:///path or postgres://...). Traffic goes to
127.0.0.1 only, and the load stops by itself after a bounded time and count.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

WORKERS = 32
MAX_POSTS_PER_WORKER = 400  # bounded in count as well as in time


def request(base, method, path, body=None, token=None, timeout=5):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=timeout) as response:
        text = response.read().decode()
        return response.status, (json.loads(text) if text else None)


def start(binary, database, port, log):
    process = subprocess.Popen(
        [binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--database", database],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"server exited early with {process.returncode}; see {log.name}")
        try:
            if request(base, "GET", "/healthz", timeout=1)[0] == 200:
                return process, base
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    process.kill()
    sys.exit("server did not become healthy within 60 s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("database")
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--seconds", type=float, default=4.0, help="load time before the kill")
    args = parser.parse_args()

    log = open(os.environ.get("CRASH_TEST_LOG", "/tmp/lumbar-crash-test.log"), "w")
    server, base = start(args.binary, args.database, args.port, log)
    email = f"crash-{os.getpid()}-{int(time.time())}@example.com"
    _, auth = request(base, "POST", "/api/v1/auth/register",
                      {"email": email, "password": "correct horse battery", "name": "Crash Test"})
    token = auth["token"]
    _, client = request(base, "POST", "/api/v1/clients", {"name": "Durable Dana"}, token)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "Examples", "desk-worker.json")) as f:
        assessment = json.load(f)
    _, result = request(base, "POST", f"/api/v1/clients/{client['id']}/assessments", assessment, token)
    exercise = result["program"]["blocks"][2]["exercises"][0]

    acknowledged = []
    lock = threading.Lock()
    stop = threading.Event()

    def worker(n):
        for i in range(MAX_POSTS_PER_WORKER):
            if stop.is_set():
                return
            day = 1 + (n + i) % 28
            session = {
                "date": f"2026-11-{day:02d}", "painBefore": 3, "painAfter": 3, "painNextMorning": 2,
                "exercises": [{"id": exercise["id"], "setsDone": 1, "repsDone": [10],
                               "holdSeconds": None, "painDuring": 1, "formOk": True}],
            }
            try:
                status, body = request(base, "POST", f"/api/v1/clients/{client['id']}/sessions", session, token)
                if status == 201:
                    with lock:
                        acknowledged.append(body["id"])
            except Exception:
                return  # the server is gone; what was acknowledged so far is what counts

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    time.sleep(args.seconds)
    server.send_signal(signal.SIGKILL)
    server.wait()
    stop.set()
    for thread in threads:
        thread.join(timeout=10)

    server, base = start(args.binary, args.database, args.port, log)
    try:
        stored = set()
        page = 1
        while True:
            _, listing = request(base, "GET", f"/api/v1/clients/{client['id']}/sessions?page={page}&per=100", None, token)
            stored.update(item["id"] for item in listing["items"])
            if page * 100 >= listing["total"]:
                break
            page += 1
        missing = [i for i in acknowledged if i not in stored]
        print(f"acknowledged {len(acknowledged)} sessions before SIGKILL; {len(stored)} stored after restart; "
              f"{len(missing)} missing")
        if not acknowledged:
            sys.exit("no session was acknowledged: the test proved nothing")
        sys.exit(1 if missing else 0)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
