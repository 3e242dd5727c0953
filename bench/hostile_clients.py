#!/usr/bin/env python3
"""Hostile clients against `fardeau serve` on 127.0.0.1, bounded in time (issue 18).

  bench/hostile_clients.py PORT SERVER_PID [--slow 200] [--seconds 30] [--simulate 2000]

1. slowloris: SLOW connections send their request headers one byte every 0.5 s for
   SECONDS; meanwhile /healthz is asked every 100 ms on fresh connections and each latency
   recorded (a request that gets no answer in 5 s counts as 5000 ms).
2. greedy: SIMULATE parallel /api/v1/simulate requests at the server's largest path count;
   the server's resident memory (VmRSS of SERVER_PID) is sampled every 50 ms, and the
   answers counted by status.
3. a 10 MB POST to /api/v1/check: the time to the 413.
Prints one JSON object with every figure. Standard library only."""
import argparse, json, socket, statistics, threading, time, urllib.request

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

def get(port, path, timeout=5.0):
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except Exception:
        status = 0
    return status, (time.monotonic() - t0) * 1000.0

def slowloris(port, n, seconds):
    request = b"GET /api/v1/report?year=2024 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 4096
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port))
        socks.append(s)
    stop = time.monotonic() + seconds
    latencies, dropped = [], [0]
    def trickle():
        i = 0
        while time.monotonic() < stop:
            for s in list(socks):
                try:
                    s.send(request[i % len(request):i % len(request) + 1])
                except OSError:
                    socks.remove(s)
                    dropped[0] += 1
            i += 1
            time.sleep(0.5)
    t = threading.Thread(target=trickle)
    t.start()
    time.sleep(1.0)  # every slow client has its connection and has started sending
    while time.monotonic() < stop:
        status, ms = get(port, "/healthz")
        latencies.append(ms if status == 200 else 5000.0)
        time.sleep(0.1)
    t.join()
    for s in socks:
        s.close()
    latencies.sort()
    return {"slow_clients": n, "seconds": seconds, "healthz_requests": len(latencies),
            "healthz_ms_median": round(statistics.median(latencies), 2),
            "healthz_ms_p99": round(latencies[int(0.99 * (len(latencies) - 1))], 2),
            "healthz_ms_max": round(latencies[-1], 2),
            "slow_clients_dropped_by_server": dropped[0]}

def greedy(port, pid, n, paths):
    statuses, peak = {}, [rss_kb(pid)]
    lock, done = threading.Lock(), threading.Event()
    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kb(pid))
            time.sleep(0.05)
    def one(seed):
        status, _ = get(port, f"/api/v1/simulate?preset=hague-2035&paths={paths}&seed={seed}", 120)
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
    sampler = threading.Thread(target=sample)
    sampler.start()
    t0 = time.monotonic()
    threads = [threading.Thread(target=one, args=(i + 1,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    sampler.join()
    status, ms = get(port, "/healthz")
    return {"parallel_simulate": n, "paths": paths, "seconds": round(time.monotonic() - t0, 1),
            "statuses": {str(k): v for k, v in sorted(statuses.items())},
            "rss_kb_before": rss_kb(pid), "rss_kb_peak": peak[0],
            "healthz_after": status, "healthz_after_ms": round(ms, 2)}

def big_post(port, size):
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(10)
    t0 = time.monotonic()
    s.sendall(f"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
              f"Content-Length: {size}\r\n\r\n".encode())
    sent, chunk = 0, b"1" * 65536
    try:  # the server may answer and close before the body is sent
        while sent < size:
            s.send(chunk)
            sent += len(chunk)
            s.setblocking(False)
            try:
                if s.recv(1, socket.MSG_PEEK):
                    break
            except BlockingIOError:
                pass
            s.setblocking(True)
    except OSError:
        pass
    s.setblocking(True)
    data = b""
    try:
        while b"\r\n" not in data:
            part = s.recv(4096)
            if not part:
                break
            data += part
    except OSError:
        pass
    ms = (time.monotonic() - t0) * 1000.0
    s.close()
    status = int(data.split()[1]) if data.startswith(b"HTTP/") else 0
    return {"post_bytes": size, "status": status, "ms_to_answer": round(ms, 2),
            "body_bytes_sent_before_answer": sent}

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("pid", type=int)
    ap.add_argument("--slow", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--simulate", type=int, default=2000)
    ap.add_argument("--paths", type=int, default=100000)  # kServerMaxPaths
    a = ap.parse_args()
    out = {"slowloris": slowloris(a.port, a.slow, a.seconds),
           "greedy": greedy(a.port, a.pid, a.simulate, a.paths),
           "big_post": big_post(a.port, 10 * 1024 * 1024)}
    print(json.dumps(out, indent=2))
