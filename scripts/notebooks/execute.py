"""Runs the lessons' notebooks as a student would: each one top to bottom in a fresh Python 3 kernel (nbclient).

Each notebook is first validated against the nbformat 4 schema and must carry no outputs; after it runs, every line
the site expects a code cell to print (its metadata.depthwise_lab.expected_output) must appear in what that cell
printed. Exits 1 on the first failing cell of any notebook, after trying them all.
"""
import os
import sys
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionError  # noqa: E402


def printed(cell):
    """Everything a code cell printed to stdout, and its result's text."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stdout":
            parts.append(output.get("text", ""))
        elif output.get("output_type") in ("execute_result", "display_data"):
            parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def run(path, workdir):
    """Validates and executes one notebook; returns a list of failures (empty when it passed)."""
    name = os.path.basename(path)
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    failures = [f"{name}: cell {cell.id} ships with outputs" for cell in notebook.cells
                if cell.cell_type == "code" and cell.outputs]
    started = time.monotonic()
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": workdir}})
    try:
        client.execute()
    except CellExecutionError as error:
        return failures + [f"{name}: {error}"]
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    checked = 0
    for cell in code_cells:
        lines = printed(cell).splitlines()
        for expected in cell.metadata.get("depthwise_lab", {}).get("expected_output", []):
            checked += 1
            if expected not in lines:
                failures.append(f"{name}: cell {cell.id} did not print {expected!r}; it printed {lines!r}")
    print(f"{name}: {len(code_cells)} code cells ran, {checked} expected lines checked, {time.monotonic() - started:.1f} s",
          flush=True)
    return failures


def main(paths):
    if not paths:
        print("execute.py: no notebooks given", file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as workdir:
        for path in paths:
            failures += run(path, workdir)
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    print(f"{len(paths) - len({f.split(':')[0] for f in failures})} passed, {len({f.split(':')[0] for f in failures})} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
