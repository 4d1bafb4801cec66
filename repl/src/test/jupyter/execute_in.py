"""Executes a notebook under its kernel with a given working folder: execute_in.py IN.ipynb OUT.ipynb FOLDER.

Run by NotebooksIT for the notebooks `indikator notebook` writes (their paths are relative to the script's folder).
"""
import sys

import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, resources={"metadata": {"path": sys.argv[3]}}).execute()
nbformat.write(nb, sys.argv[2])
