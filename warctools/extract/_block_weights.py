"""Weights of the block model (``block_model.py``), one per feature of its ``FEATURES``;
written by ``scripts/train_block_model.py`` (trained on the dev sets' tune halves)."""

THRESHOLD = 0.500
WEIGHTS: tuple[float, ...] = (
    -0.8635,  # bias
    +0.0000,  # prose
    +0.0829,  # log_len
    -0.5879,  # link_density
    +0.0247,  # before_first
    -0.0247,  # after_last
    -0.4192,  # prose_after
    +0.4192,  # prose_before
    +0.8649,  # heading
    -1.6817,  # li
    +0.2224,  # p
    -0.9966,  # td
    +1.5910,  # other_tag
    -0.8876,  # ends_sentence
    -0.0724,  # ends_colon
    +2.2056,  # question
    -0.1447,  # digits
    +0.0748,  # short
    -0.8223,  # quote
    +0.8923,  # depth
    -1.1271,  # prose_sibling
    +0.5377,  # contact
    +0.3374,  # capitals
    -0.3518,  # gap
    +0.2907,  # after_heading
    -0.6989,  # blocks_after
    +0.1766,  # furniture_name
    -0.0428,  # story_name
)
