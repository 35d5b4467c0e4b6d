"""Weights of the block model (``block_model.py``), one per feature of its ``FEATURES``;
written by ``scripts/train_block_model.py`` (trained on the dev sets' tune halves)."""

THRESHOLD = 0.475  # short lines
PROSE_THRESHOLD = 0.550  # paragraphs at the end of the story
WEIGHTS: tuple[float, ...] = (
    +0.2297,  # bias
    +0.4318,  # prose
    -1.2235,  # log_len
    +0.0357,  # link_density
    -0.0903,  # before_first
    -0.3415,  # after_last
    -0.8729,  # prose_after
    +0.5137,  # prose_before
    +1.0434,  # heading
    -2.1610,  # li
    +0.3112,  # p
    -1.0234,  # td
    +1.8298,  # other_tag
    -0.9315,  # ends_sentence
    -0.6790,  # ends_colon
    +0.9852,  # question
    -0.0240,  # digits
    +0.0441,  # short
    -1.8018,  # quote
    +1.2636,  # depth
    -1.0651,  # prose_sibling
    +0.7533,  # contact
    +0.1861,  # capitals
    -0.2656,  # gap
    +0.5652,  # after_heading
    -0.8075,  # blocks_after
    +0.7434,  # furniture_name
    -0.3483,  # story_name
    -1.7549,  # opens_quote
)
