#!/usr/bin/env python3
"""Parse a JSON Lines file of stories on a Dask cluster, one `wirestory --jsonl` per partition.

    python3 dask_wirestory.py stories.jsonl records.jsonl [--scheduler tcp://host:8786 | --workers 2]
                              [--blocksize 64MB] [--wirestory "wirestory --jobs 1"]

Each partition (a block of whole lines) is piped through `wirestory --jsonl --error-records --silent`: a story
that fails comes back as an error record `{"id": ..., "line": N, "error": {...}}` (N counts within the
partition), never as a missing line. Exit code 3 of wirestory (some lines failed, the others were written) is
accepted; any other non-zero code fails the task, so Dask retries it or the job fails: nothing is lost silently.
Records are written in input order. This script exits 0, or 3 when some stories failed (they are counted on
stderr and listed in the output as error records).

Needs `distributed` (Debian: `apt-get install python3-distributed`; pip: `pip install "dask[distributed]"`) and
`wirestory` on every worker's PATH (or `--wirestory "node /path/to/dist/cli.js"`).
"""

import argparse
import json
import shlex
import subprocess
import sys


def parse_partition(lines, command):
    """Pipe one partition through wirestory; return its output lines."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    result = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if result.returncode not in (0, 3):
        message = result.stderr.decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"wirestory exited with code {result.returncode}: {message}")
    return result.stdout.decode("utf-8").splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    parser.add_argument("--blocksize", default="64MB", help="bytes per partition (default 64MB)")
    parser.add_argument("--wirestory", default="wirestory --jobs 1", help="the command (default: wirestory --jobs 1)")
    args = parser.parse_args()

    import dask.bag as db
    from distributed import Client, LocalCluster

    command = shlex.split(args.wirestory) + ["--jsonl", "--error-records", "--silent"]
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    with client:
        stories = db.read_text(args.input, blocksize=args.blocksize)
        records = stories.map_partitions(parse_partition, command)
        failed = 0
        written = 0
        # Every partition runs at once on the cluster; results are gathered in input order and released, so the
        # driver holds one partition's records at a time.
        futures = client.compute(records.to_delayed())
        with open(args.output, "w", encoding="utf-8") as out:
            for future in futures:
                for line in future.result():
                    record = json.loads(line)
                    if "error" in record and "line" in record:
                        failed += 1
                    out.write(line + "\n")
                    written += 1
                future.release()
        print(f"dask_wirestory: {written} records from {stories.npartitions} partitions, {failed} failed", file=sys.stderr)
    return 3 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
