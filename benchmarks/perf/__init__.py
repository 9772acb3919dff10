"""The measurements behind ``benchmarks/run.py``, one module per section.

* ``throughput``: ``parse()`` (and ``to_json()``) over the corpus workload and
  generated pages, and the floor it is compared with (the headline ratio).
* ``scaling``: seconds per MB of one text made of 1 to 1000 pages.
* ``cli``: start-up of ``python -m interviewparse PAGE``.
* ``batch``: ``python -m interviewparse DIR --jobs 1`` and ``--jobs 2``.
* ``memory``: peak RSS on a 10 MB page and RSS growth over many pages, in
  child processes.

``common`` holds what they share (targets, ``Config``, the report rows and
table, timers, machine description); ``workloads`` the corpus and the
synthetic interviews. ``run.py`` puts them in a command line and writes the
table and the JSON report.
"""
