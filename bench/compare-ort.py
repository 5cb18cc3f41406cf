#!/usr/bin/python3
"""Latency of webnnc-compiled models against ONNX Runtime (CPU).

For each shared model (/work/shared/models/<case>/model.onnx) the script
compiles the model once with `webnnc compile --timing` (wall time recorded),
then for each thread count runs R rounds of, interleaved,

    webnnc bench <case>.wnn --threads N --warmup W --iterations I --input ... --json
    node bench/ort/ort-bench.mjs --model model.onnx --threads N ... --json

each in its own process, takes the median of the per-process medians for each
tool and reports ours/ORT (below 1.0: webnnc is faster). It also records the
peak RSS of one `webnnc run` of each model and ORT's peak RSS.

Results: raw JSON under bench/results/ (not committed) and a markdown section
in docs/benchmarks.md between the compare-ort markers (replaced if present,
appended otherwise). `--dry-run` runs only ONNX Runtime.

Run with Debian's /usr/bin/python3 (stdlib + numpy). Setup: bash bench/ort/setup.sh.
Exit status: 0 (also when a model fails: its row says so), 2 for usage or
setup errors.
"""

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORT_DIR = os.path.join(REPO, "bench", "ort")
ORT_SCRIPT = os.path.join(ORT_DIR, "ort-bench.mjs")
BEGIN = "<!-- compare-ort:begin -->"
END = "<!-- compare-ort:end -->"
BENCH_KEYS = ("model", "threads", "iterations", "warmup", "first_run_ms",
              "load_ms", "min_ms", "median_ms", "mean_ms", "p95_ms", "max_ms")
NP_DTYPES = {"float32": np.float32, "float": np.float32, "float64": np.float64,
             "float16": np.float16, "int8": np.int8, "uint8": np.uint8,
             "int16": np.int16, "uint16": np.uint16, "int32": np.int32,
             "uint32": np.uint32, "int64": np.int64, "uint64": np.uint64,
             "bool": np.bool_}


def usage_error(msg):
    print(f"compare-ort: {msg}", file=sys.stderr)
    sys.exit(2)


def first_line(text):
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:200]
    return "(no message)"


def run_cmd(cmd, timeout):
    """Runs cmd; returns (returncode, stdout, stderr, wall seconds)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=timeout)
    except FileNotFoundError as e:
        return 127, "", f"{cmd[0]}: not found ({e.strerror})", 0.0
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return 124, out, f"timed out after {timeout} s", time.perf_counter() - t0
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0


def parse_json_line(stdout):
    """The last JSON object on stdout, on one line or spread over several
    (webnnc bench --json indents its object)."""
    text = stdout.strip()
    decoder = json.JSONDecoder()
    found, start = None, text.find("{")
    while start != -1:
        try:
            value, end = decoder.raw_decode(text, start)
            if isinstance(value, dict):
                found = value
            start = text.find("{", end)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
    if found is None:
        raise ValueError("no JSON object on stdout")
    return found


def run_json(cmd, timeout):
    rc, out, err, wall = run_cmd(cmd, timeout)
    if rc != 0:
        return None, first_line(err) or f"exit {rc}", wall
    try:
        return parse_json_line(out), None, wall
    except ValueError as e:
        return None, f"{e}: {first_line(out)}", wall


def peak_rss(cmd, timeout):
    """Peak RSS in bytes of one run of cmd: (bytes, error, method)."""
    if os.access("/usr/bin/time", os.X_OK):
        rc, out, err, _ = run_cmd(["/usr/bin/time", "-v"] + cmd, timeout)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        if rc != 0:
            msg = [l for l in err.splitlines()
                   if not l.startswith("\t") and "Command exited" not in l]
            return None, first_line("\n".join(msg)) or f"exit {rc}", "/usr/bin/time -v"
        if m:
            return int(m.group(1)) * 1024, None, "/usr/bin/time -v"
    # A fresh Python process whose only child is cmd: its RUSAGE_CHILDREN
    # maximum is cmd's own peak.
    wrapper = ("import resource,subprocess,sys\n"
               "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL)\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(r.returncode)\n")
    rc, out, err, _ = run_cmd([sys.executable, "-c", wrapper] + cmd, timeout)
    if rc != 0:
        return None, first_line(err) or f"exit {rc}", "getrusage(RUSAGE_CHILDREN)"
    return int(out.strip().splitlines()[-1]) * 1024, None, "getrusage(RUSAGE_CHILDREN)"


def machine_info():
    info = {"cpu_model": None, "logical_cpus": os.cpu_count(),
            "clang_native_cpu": None, "llc_host_cpu": None,
            "kernel": platform.release()}
    try:
        with open("/proc/cpuinfo") as f:
            text = f.read()
        m = re.search(r"^model name\s*:\s*(.*)$", text, re.M)
        info["cpu_model"] = m.group(1).strip() if m else None
        flags = re.search(r"^flags\s*:\s*(.*)$", text, re.M)
        if flags:
            fl = flags.group(1).split()
            info["avx512f"] = "avx512f" in fl
            info["avx2"] = "avx2" in fl
    except OSError:
        pass
    rc, out, err, _ = run_cmd(["clang-22", "-###", "-march=native", "-x", "c",
                               "/dev/null"], 60)
    m = re.search(r'"-target-cpu" "([^"]+)"', err + out)
    if m:
        info["clang_native_cpu"] = m.group(1)
    for llc in ("llc-22", "llc"):
        rc, out, err, _ = run_cmd([llc, "--version"], 60)
        m = re.search(r"Host CPU:\s*(\S+)", out + err)
        if m:
            info["llc_host_cpu"] = m.group(1)
            break
    return info


def versions(args):
    v = {}
    rc, out, err, _ = run_cmd(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], 30)
    v["git_commit"] = out.strip() if rc == 0 else None
    if not args.dry_run:
        rc, out, err, _ = run_cmd([args.webnnc, "--version"], 60)
        v["webnnc"] = first_line(out) if rc == 0 else f"unavailable: {first_line(err)}"
    else:
        v["webnnc"] = "webnnc not run (dry run)"
    rc, out, err, _ = run_cmd([args.node, "--version"], 60)
    v["node"] = out.strip() if rc == 0 else None
    ort = None
    try:
        with open(os.path.join(ORT_DIR, "node_modules", "onnxruntime-node",
                               "package.json")) as f:
            ort = json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        pass
    v["onnxruntime_node"] = ort
    with open(os.path.join(ORT_DIR, "package.json")) as f:
        v["onnxruntime_node_pinned"] = json.load(f)["dependencies"]["onnxruntime-node"]
    v["python"] = platform.python_version()
    v["numpy"] = np.__version__
    return v


def case_inputs(case_dir, npy_dir):
    """[(name, bin_path, npy_path)] from the case's manifest.json."""
    with open(os.path.join(case_dir, "manifest.json")) as f:
        man = json.load(f)
    result = []
    for i, e in enumerate(man.get("inputs", [])):
        name = e["name"]
        rel = e.get("file") or os.path.join("inputs", f"{i}_{name}.bin")
        path = os.path.join(case_dir, rel)
        npy = os.path.join(npy_dir, f"{i}_{name}.npy")
        if not os.path.exists(npy):
            data = np.fromfile(path, dtype=NP_DTYPES[e["dtype"]])
            np.save(npy, data.reshape(e["shape"]))
        result.append((name, path, npy))
    return result


def median_or_none(xs):
    return statistics.median(xs) if xs else None


def bench_case(args, case, case_dir, work):
    model = os.path.join(case_dir, "model.onnx")
    npy_dir = os.path.join(work, case + "-inputs")
    os.makedirs(npy_dir, exist_ok=True)
    res = {"case": case, "model": model, "compile": None, "threads": {},
           "rss": {}}
    try:
        inputs = case_inputs(case_dir, npy_dir)
    except (OSError, ValueError, KeyError) as e:
        res["error"] = f"inputs: {e}"
        return res
    bin_inputs = [a for n, p, _ in inputs for a in ("--input", f"{n}={p}")]
    npy_inputs = [a for n, _, q in inputs for a in ("--input", f"{n}={q}")]

    artifact = os.path.join(work, case + ".wnn")
    webnnc_ok = False
    if not args.dry_run:
        cmd = [args.webnnc, "compile", model, "-o", artifact, "--timing"]
        rc, out, err, wall = run_cmd(cmd, args.timeout)
        res["compile"] = {"cmd": cmd, "rc": rc, "wall_s": wall,
                          "timing_output": (out + err)[-8000:]}
        if rc != 0 or not os.path.exists(artifact):
            res["compile"]["error"] = first_line(err) or first_line(out) or f"exit {rc}"
            print(f"  webnnc compile failed: {res['compile']['error']}", file=sys.stderr)
        else:
            webnnc_ok = True
            print(f"  compiled in {wall:.2f} s", file=sys.stderr)

    common = ["--warmup", str(args.warmup), "--iterations", str(args.iterations)]
    if args.min_time:
        common += ["--min-time", str(args.min_time)]
    for n in args.threads:
        ours, theirs = [], []
        for r in range(args.rounds):
            if webnnc_ok:
                cmd = [args.webnnc, "bench", artifact, "--threads", str(n)] + \
                    common + bin_inputs + ["--json"]
                j, e, wall = run_json(cmd, args.timeout)
                ours.append({"round": r, "result": j, "error": e, "wall_s": wall})
                print(f"  {n}t round {r}: webnnc "
                      + (f"{j['median_ms']:.3f} ms" if j else f"FAILED: {e}"),
                      file=sys.stderr)
            cmd = [args.node, ORT_SCRIPT, "--model", model, "--threads", str(n)] + \
                common + bin_inputs + ["--json"]
            j, e, wall = run_json(cmd, args.timeout)
            theirs.append({"round": r, "result": j, "error": e, "wall_s": wall})
            print(f"  {n}t round {r}: ORT    "
                  + (f"{j['median_ms']:.3f} ms" if j else f"FAILED: {e}"),
                  file=sys.stderr)
        om = [x["result"]["median_ms"] for x in ours if x["result"]]
        tm = [x["result"]["median_ms"] for x in theirs if x["result"]]
        entry = {
            "webnnc_runs": ours, "ort_runs": theirs,
            "webnnc_medians_ms": om, "ort_medians_ms": tm,
            "webnnc_median_ms": median_or_none(om),
            "ort_median_ms": median_or_none(tm),
            "webnnc_failed_rounds": sum(1 for x in ours if not x["result"]),
            "ort_failed_rounds": sum(1 for x in theirs if not x["result"]),
        }
        if entry["webnnc_median_ms"] and entry["ort_median_ms"]:
            entry["ratio"] = entry["webnnc_median_ms"] / entry["ort_median_ms"]
        if ours and not om:
            entry["webnnc_error"] = ours[0]["error"]
        if not tm:
            entry["ort_error"] = theirs[0]["error"] if theirs else "no rounds"
        for key in ("arena_bytes",):
            vals = [x["result"][key] for x in ours if x["result"] and key in x["result"]]
            if vals:
                entry["webnnc_" + key] = vals[0]
        rss = [x["result"].get("peak_rss_bytes") for x in theirs if x["result"]]
        rss = [x for x in rss if x]
        entry["ort_peak_rss_bytes_median"] = median_or_none(rss)
        res["threads"][str(n)] = entry

    if webnnc_ok:
        outdir = os.path.join(work, case + "-out")
        os.makedirs(outdir, exist_ok=True)
        cmd = [args.webnnc, "run", artifact] + npy_inputs + ["--output-dir", outdir]
        b, e, method = peak_rss(cmd, args.timeout)
        res["rss"]["webnnc_run"] = {"cmd": cmd, "peak_rss_bytes": b, "error": e,
                                    "method": method}
    return res


def ort_baseline_rss(args):
    """Peak RSS of node with onnxruntime-node loaded and no session."""
    code = ("import('onnxruntime-node').then(() => console.log("
            "process.resourceUsage().maxRSS * 1024))")
    try:
        # Run from bench/ort so node resolves its node_modules.
        p = subprocess.run([args.node, "--input-type=module", "-e", code],
                           cwd=ORT_DIR, text=True, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=args.timeout)
        return int(p.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
        return None


def fmt_ms(x):
    if x is None:
        return "—"
    if x < 0.995:
        return f"{x:.3f}"
    return f"{x:.2f}" if x < 99.5 else f"{x:.1f}"


def fmt_mib(b):
    return "—" if not b else f"{b / 1048576:.1f} MiB"


def md_escape(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


def render_markdown(report):
    a = report["settings"]
    m = report["machine"]
    v = report["versions"]
    dry = a["dry_run"]
    L = [BEGIN, "",
         "## Compiled code against ONNX Runtime (`bench/compare-ort.py`)", ""]
    if dry:
        L += ["**Dry run: ONNX Runtime only, webnnc was not run.** These are "
              "the baseline's figures on this machine; the ratio column fills "
              "in when the script runs without `--dry-run`.", ""]
    cpu = m.get("cpu_model") or "unknown CPU"
    native = m.get("clang_native_cpu") or "?"
    llc = m.get("llc_host_cpu") or "?"
    isa = ", AVX-512" if m.get("avx512f") else (", AVX2" if m.get("avx2") else "")
    L += [f"Date: {report['date']}.",
          f"Machine: {cpu}, {m.get('logical_cpus')} logical CPUs{isa}; "
          f"`clang-22 -march=native` resolves to `{native}` (llc host CPU `{llc}`); "
          f"Linux {m.get('kernel')}.",
          f"Versions: {v.get('webnnc')} (repository {v.get('git_commit')}), "
          f"onnxruntime-node {v.get('onnxruntime_node')} "
          f"(pinned {v.get('onnxruntime_node_pinned')}), node {v.get('node')}.",
          "",
          f"Method: each model is compiled once (`webnnc compile --timing`, "
          f"wall time of the process). For each thread count, {a['rounds']} rounds "
          f"alternate one `webnnc bench` process and one ONNX Runtime process "
          f"(`bench/ort/ort-bench.mjs`: CPU execution provider, all graph "
          f"optimizations, intra-op threads = N, inter-op 1, sequential), "
          f"webnnc first. Each process loads the model, creates the inputs "
          f"(the shared input set) once, then makes one first run (reported "
          f"apart), {a['warmup']} warm-up runs, then {a['iterations']} "
          f"timed runs"
          + (f" (at least {a['min_time']} s)" if a.get("min_time") else "")
          + "; a process reports the median of its timed runs, and the table "
          "gives the median of those per-process medians. Ratio = webnnc / "
          "ONNX Runtime: below 1.0, webnnc is faster. Per-process figures are "
          "in the raw JSON (`bench/results/`, not committed).",
          "",
          "| case | threads | webnnc median ms | ORT median ms | ratio | webnnc compile s |",
          "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for c in report["cases"]:
        comp = c.get("compile")
        if dry:
            comp_s, ours_default = "—", "not run (dry run)"
        elif c.get("error"):
            comp_s, ours_default = "—", f"failed: {md_escape(c['error'])}"
        elif comp and comp.get("error"):
            comp_s = "failed"
            ours_default = f"compile failed: {md_escape(comp['error'])}"
        else:
            comp_s, ours_default = f"{comp['wall_s']:.2f}", None
        if not c["threads"]:
            L.append(f"| {c['case']} | — | {ours_default or '—'} | — | — | {comp_s} |")
            continue
        for n, t in c["threads"].items():
            if ours_default:
                ours = ours_default
            elif t.get("webnnc_error"):
                ours = f"run failed: {md_escape(t['webnnc_error'])}"
            else:
                ours = fmt_ms(t["webnnc_median_ms"])
                if t["webnnc_failed_rounds"]:
                    ours += f" ({t['webnnc_failed_rounds']} rounds failed)"
            if t.get("ort_error"):
                theirs = f"failed: {md_escape(t['ort_error'])}"
            else:
                theirs = fmt_ms(t["ort_median_ms"])
                if t["ort_failed_rounds"]:
                    theirs += f" ({t['ort_failed_rounds']} rounds failed)"
            ratio = f"{t['ratio']:.2f}" if t.get("ratio") else "—"
            L.append(f"| {c['case']} | {n} | {ours} | {theirs} | {ratio} | {comp_s} |")
    spread = []
    for tool, key in (("webnnc", "webnnc_medians_ms"), ("ONNX Runtime", "ort_medians_ms")):
        worst = None
        for c in report["cases"]:
            for n, t in c["threads"].items():
                xs = t.get(key) or []
                if len(xs) >= 2 and min(xs) > 0:
                    r = max(xs) / min(xs)
                    if worst is None or r > worst[0]:
                        worst = (r, c["case"], n)
        if worst:
            spread.append(f"{tool} {worst[0]:.2f}x ({worst[1]}, {worst[2]} "
                          f"thread{'s' if worst[2] != '1' else ''})")
    if spread:
        L += ["", "Noise: the largest max/min ratio of per-process medians in "
              "one row was " + "; ".join(spread) + "."]
    L += ["",
          "Peak resident memory: webnnc is one `webnnc run` process of the "
          "artifact on the shared inputs (measured with "
          f"{report.get('rss_method') or '/usr/bin/time -v'}); ONNX Runtime is "
          "the median over its benchmark processes of `process.resourceUsage()"
          ".maxRSS`, which includes node itself: node with onnxruntime-node "
          f"loaded and no session peaks at {fmt_mib(report.get('ort_baseline_rss_bytes'))}.",
          "",
          "| case | webnnc run peak RSS | webnnc arena | ORT peak RSS (1 thread) | ORT peak RSS (2 threads) |",
          "| --- | ---: | ---: | ---: | ---: |"]
    for c in report["cases"]:
        r = c["rss"].get("webnnc_run")
        if dry:
            ours = "not run (dry run)"
        elif r is None:
            ours = "—"
        elif r.get("error"):
            ours = f"failed: {md_escape(r['error'])}"
        else:
            ours = fmt_mib(r["peak_rss_bytes"])
        arena = "—"
        for t in c["threads"].values():
            if t.get("webnnc_arena_bytes") is not None:
                arena = fmt_mib(t["webnnc_arena_bytes"])
                break
        o1 = fmt_mib(c["threads"].get("1", {}).get("ort_peak_rss_bytes_median"))
        o2 = fmt_mib(c["threads"].get("2", {}).get("ort_peak_rss_bytes_median"))
        L.append(f"| {c['case']} | {ours} | {arena} | {o1} | {o2} |")
    L += ["", END]
    return "\n".join(L) + "\n"


def update_doc(path, section):
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    b, e = text.find(BEGIN), text.find(END)
    if b != -1 and e != -1 and e > b:
        text = text[:b] + section.rstrip("\n") + text[e + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", help="comma-separated case names (default: every "
                    "folder of --models-dir with a model.onnx)")
    ap.add_argument("--models-dir", default="/work/shared/models")
    ap.add_argument("--threads", default="1,2", help="comma-separated (default 1,2)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--min-time", type=float, default=0.0,
                    help="seconds of timed runs per process, at least (both tools)")
    ap.add_argument("--webnnc", default=os.path.join(REPO, "build", "bin", "webnnc"))
    ap.add_argument("--node", default="node")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per process")
    ap.add_argument("--dry-run", action="store_true",
                    help="run only ONNX Runtime (no webnnc)")
    ap.add_argument("--doc", default=os.path.join(REPO, "docs", "benchmarks.md"))
    ap.add_argument("--no-doc", action="store_true",
                    help="do not touch the doc; print the section instead")
    ap.add_argument("--update-doc", action="store_true",
                    help="with --dry-run, write the section anyway")
    ap.add_argument("--results-dir", default=os.path.join(REPO, "bench", "results"))
    ap.add_argument("--from-json", metavar="FILE",
                    help="measure nothing: render the section from a raw results "
                    "file of an earlier run")
    args = ap.parse_args()

    if args.from_json:
        try:
            with open(args.from_json) as f:
                report = json.load(f)
        except (OSError, ValueError) as e:
            usage_error(f"cannot read {args.from_json}: {e}")
        section = render_markdown(report)
        if args.no_doc or (report["settings"]["dry_run"] and not args.update_doc):
            sys.stdout.write(section)
        else:
            update_doc(args.doc, section)
            print(f"updated {args.doc}", file=sys.stderr)
        return 0

    try:
        args.threads = [int(x) for x in args.threads.split(",") if x]
    except ValueError:
        usage_error(f"bad --threads {args.threads}")
    if not args.threads or min(args.threads) < 1:
        usage_error("--threads needs positive integers")
    if args.rounds < 1 or args.iterations < 1 or args.warmup < 0:
        usage_error("--rounds and --iterations must be >= 1, --warmup >= 0")
    if not os.path.isdir(args.models_dir):
        usage_error(f"no models folder {args.models_dir}")
    available = sorted(d for d in os.listdir(args.models_dir)
                       if os.path.exists(os.path.join(args.models_dir, d, "model.onnx")))
    cases = available
    if args.models:
        cases = [c.strip() for c in args.models.split(",") if c.strip()]
        missing = [c for c in cases if c not in available]
        if missing:
            usage_error(f"unknown model(s) {', '.join(missing)}; "
                        f"available: {', '.join(available)}")
    if not cases:
        usage_error(f"no models in {args.models_dir}")
    if shutil.which(args.node) is None:
        usage_error(f"node not found ({args.node})")
    if not os.path.isdir(os.path.join(ORT_DIR, "node_modules", "onnxruntime-node")):
        usage_error("onnxruntime-node is not installed: run bash bench/ort/setup.sh")
    if not args.dry_run and not os.access(args.webnnc, os.X_OK):
        print(f"compare-ort: warning: {args.webnnc} is not an executable; every "
              "webnnc row will fail (use --webnnc PATH or --dry-run)", file=sys.stderr)
    if args.webnnc and os.sep in args.webnnc:
        args.webnnc = os.path.abspath(args.webnnc)

    now = datetime.datetime.now().astimezone()
    report = {
        "date": now.strftime("%Y-%m-%d %H:%M %Z"),
        "settings": {"rounds": args.rounds, "warmup": args.warmup,
                     "iterations": args.iterations, "min_time": args.min_time,
                     "threads": args.threads, "dry_run": args.dry_run,
                     "webnnc": args.webnnc, "models_dir": args.models_dir},
        "machine": machine_info(),
        "versions": versions(args),
        "cases": [],
    }
    report["ort_baseline_rss_bytes"] = ort_baseline_rss(args)
    report["rss_method"] = ("/usr/bin/time -v" if os.access("/usr/bin/time", os.X_OK)
                            else "getrusage(RUSAGE_CHILDREN)")
    with tempfile.TemporaryDirectory(prefix="compare-ort-") as work:
        for case in cases:
            print(f"{case}", file=sys.stderr)
            report["cases"].append(bench_case(args, case,
                                              os.path.join(args.models_dir, case), work))

    os.makedirs(args.results_dir, exist_ok=True)
    stem = os.path.join(args.results_dir, f"compare-ort-{now.strftime('%Y-%m-%d')}")
    out, k = stem + ".json", 2
    while os.path.exists(out):
        out, k = f"{stem}-{k}.json", k + 1
    with open(out, "w") as f:
        json.dump(report, f, indent=1)
    print(f"raw results: {out}", file=sys.stderr)

    section = render_markdown(report)
    if args.no_doc or (args.dry_run and not args.update_doc):
        sys.stdout.write(section)
    else:
        update_doc(args.doc, section)
        print(f"updated {args.doc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
