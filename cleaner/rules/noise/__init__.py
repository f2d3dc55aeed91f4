"""Noise rules: script/UI fragments (``S1xx``) and boilerplate (``B1xx``).

* ``lexicons``: phrase and word tables (data only);
* ``features``: cheap, explainable features of one line;
* ``analysis``: the per-document classification (line pass, context pass,
  cap, fixed point) shared by all the rules, computed once per document;
* ``rules``: one documented function per rule.
"""
