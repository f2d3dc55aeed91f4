"""The Latin-mojibake repair and the whole chain on ftfy's own test cases.

    python -m benchmarks.ftfy_cases

For every case marked "pass", E101 alone must give the case's
``fixed-encoding`` text (or ``fixed`` when absent). The whole default chain
must leave every case of negative.json as its expected text, and the change
log invariants must hold on every case.
"""

from __future__ import annotations

import json

from benchmarks.common import shared_path
from cleaner import check_invariants, clean


def main() -> None:
    folder = shared_path("corpora", "ftfy-cases")
    print(f"{'file':<22}{'cases':>6}{'pass':>6}{'E101 ok':>9}{'chain ok':>10}{'invariants':>12}")
    for path in sorted(folder.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        passing = [c for c in cases if c["expect"] == "pass"]
        e101 = sum(clean(c["original"], "E101").text == c.get("fixed-encoding", c["fixed"]) for c in passing)
        chain = sum(clean(c["original"]).text == c.get("fixed-encoding", c["fixed"]) for c in passing)
        for case in cases:
            check_invariants(case["original"], clean(case["original"]))
        print(f"{path.name:<22}{len(cases):>6}{len(passing):>6}{e101:>9}{chain:>10}{'hold':>12}")


if __name__ == "__main__":
    main()
