#!/usr/bin/env python3
"""What the server does with clients that misbehave on the wire, checked against a real
`lumbar serve` over loopback (the in-process route tests cannot see connections):

- a body over the limit gets its 413 with `Connection: close`, and a client still sending is not
  left waiting (a 5 MB POST from urllib once hung until its own 10 s timeout);
- an idle connection, a request head that never finishes and a body that trickles in are closed
  after the request timeout (1 s here);
- a client that gives up mid-body is not logged as a server error;
- `serve` with a PostgreSQL that cannot be reached says so at error level and exits non-zero after
  a bounded wait (LUMBAR_DATABASE_WAIT=2 here).

Usage: scripts/connection-test.py BINARY [--port N]
Traffic goes to 127.0.0.1 only; every check is bounded in time.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

TIMEOUT = 1  # the server's --request-timeout
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def start(binary, port, database, log):
    process = subprocess.Popen(
        [binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--database", database,
         "--request-timeout", str(TIMEOUT)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"server exited early with {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as reply:
                if reply.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    process.kill()
    sys.exit("server did not become healthy within 60 s")


def closed_within(sock, seconds):
    """Reads until the server closes the connection; returns (closed in time, bytes read)."""
    sock.settimeout(seconds)
    data = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return True, data
            data += chunk
    except socket.timeout:
        return False, data
    except ConnectionResetError:
        return True, data


def connect(port):
    return socket.create_connection(("127.0.0.1", port), timeout=5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--port", type=int, default=18092)
    args = parser.parse_args()
    port = args.port
    work = tempfile.mkdtemp()
    log_path = os.path.join(work, "server.log")
    with open(log_path, "w") as log:
        server = start(args.binary, port, f"sqlite://{work}/connections.sqlite", log)
        try:
            run_checks(port)
        finally:
            server.terminate()
            server.wait(timeout=30)
    with open(log_path) as log:
        text = log.read()
    # An aborted body must not be logged as the server's fault: no error-level line, no 5xx answer.
    bad = [line for line in text.splitlines()
           if re.match(r"^\S+ (error|critical) ", line) or re.search(r" 5\d\d( |$)", line)]
    check(not bad, "nothing was logged as a server error" + "".join("\n     " + line for line in bad[:5]))
    check_unreachable_postgres(args.binary, port + 1)
    if failures:
        print(f"\n{len(failures)} check(s) failed; the server's log is in {log_path}")
        sys.exit(1)
    print("connection test: all checks passed")


def run_checks(port):
    # A 5 MB POST through urllib: answered or cut off promptly, never left hanging.
    started = time.time()
    body = b"{" + b" " * (5 * 1024 * 1024) + b"}"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/auth/register", data=body, method="POST",
        headers={"Content-Type": "application/json"})
    outcome = None
    try:
        urllib.request.urlopen(request, timeout=10)
        outcome = "accepted"
    except urllib.error.HTTPError as error:
        outcome = error.code
    except (ConnectionError, urllib.error.URLError, TimeoutError) as error:
        outcome = type(error).__name__
    elapsed = time.time() - started
    check(outcome in (413, "ConnectionResetError", "BrokenPipeError", "URLError") and elapsed < 5,
          f"a 5 MB POST ends within 5 s (outcome {outcome}, {elapsed:.1f} s)")

    # The same with a raw socket that only sends the head: the 413 comes back with Connection:
    # close, and the server closes.
    sock = connect(port)
    sock.sendall(b"POST /api/v1/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 5242880\r\n\r\n" + b" " * 65536)
    closed, data = closed_within(sock, 5)
    head = data.split(b"\r\n\r\n")[0].lower()
    check(head.startswith(b"http/1.1 413") and b"connection: close" in head and closed,
          "an over-limit body gets 413 with Connection: close and the connection closes")
    sock.close()

    # Idle, slow head and slow body: closed after about the timeout.
    sock = connect(port)
    closed, _ = closed_within(sock, TIMEOUT + 4)
    check(closed, "an idle connection is closed after the request timeout")
    sock.close()

    sock = connect(port)
    sock.sendall(b"GET /hello HTTP/1.1\r\nHo")
    started = time.time()
    closed, _ = closed_within(sock, TIMEOUT + 4)
    check(closed, f"a request head that never ends is closed ({time.time() - started:.1f} s)")
    sock.close()

    sock = connect(port)
    sock.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 200\r\n\r\n{")
    started = time.time()
    answer = b""
    closed = False
    while time.time() - started < TIMEOUT + 6:
        try:
            sock.sendall(b" ")
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
        sock.settimeout(0.3)
        try:
            chunk = sock.recv(65536)
            if not chunk:
                closed = True
                break
            answer += chunk
        except socket.timeout:
            pass
        except ConnectionResetError:
            # The server may close with a reset while the client is still sending: closed all the same.
            closed = True
            break
    check(closed or answer.lower().startswith(b"http/1.1 408"),
          f"a body trickling in is refused or closed ({time.time() - started:.1f} s, {answer[:12]!r})")
    sock.close()

    # A client that gives up mid-body.
    sock = connect(port)
    sock.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 1000\r\n\r\n{\"email\"")
    time.sleep(0.2)
    sock.close()
    time.sleep(0.5)

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as reply:
        check(reply.status == 200, "the server still answers afterwards")


def check_unreachable_postgres(binary, port):
    env = dict(os.environ, LUMBAR_DATABASE_WAIT="2")
    started = time.time()
    try:
        result = subprocess.run(
            [binary, "serve", "--host", "127.0.0.1", "--port", str(port),
             "--database", "postgres://lumbar@127.0.0.1:1/nothing"],
            capture_output=True, text=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:
        check(False, "serve with an unreachable PostgreSQL gives up within 60 s")
        return
    output = result.stdout + result.stderr
    check(result.returncode != 0 and "error" in output and "does not answer" in output,
          f"serve with an unreachable PostgreSQL exits {result.returncode} after {time.time() - started:.0f} s, "
          "saying so at error level")


if __name__ == "__main__":
    main()
