"""Training a student on a release: the pieces `recipes/sft.py` needs that are worth testing on their own.

- :mod:`longcot.training.release`: resolve a release (manifest, folder or `ORG/NAME@vX.Y.Z`), check
  its files against the manifest's sha256, read the training conversations.
- :mod:`longcot.training.lengths`: token lengths under the training chat template, and the
  overlong policy (samples longer than `max_length` are dropped and counted, or fail the run).
- :mod:`longcot.training.tokenizer`: a student tokenizer from a folder (offline Qwen2.5 from BPE files).
- :mod:`longcot.training.manifest`: the run manifest (checkpoint ↔ data version, recipe, code commit).
"""
