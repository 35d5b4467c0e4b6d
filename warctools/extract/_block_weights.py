"""Weights of the block model (``block_model.py``), one per feature of its ``FEATURES``;
written by ``scripts/train_block_model.py`` (trained on the dev sets' tune halves)."""

THRESHOLD = 0.500  # short lines
PROSE_THRESHOLD = 0.550  # paragraphs at the end of the story
WEIGHTS: tuple[float, ...] = (
    +0.5238,  # bias
    +0.4116,  # prose
    -1.2424,  # log_len
    -0.0009,  # link_density
    -0.0423,  # before_first
    -0.3693,  # after_last
    -0.9254,  # prose_after
    +0.5557,  # prose_before
    +0.7742,  # heading
    -2.3844,  # li
    +0.0434,  # p
    +0.0000,  # td
    +1.5668,  # other_tag
    -0.9429,  # ends_sentence
    -0.7181,  # ends_colon
    +0.9755,  # question
    -0.0079,  # digits
    -0.0068,  # short
    -1.8022,  # quote
    +1.2809,  # depth
    -1.0968,  # prose_sibling
    +0.7509,  # contact
    +0.1845,  # capitals
    -0.1141,  # gap
    +0.5568,  # after_heading
    -0.7642,  # blocks_after
    +0.7313,  # furniture_name
    -0.3498,  # story_name
    -1.7657,  # opens_quote
)
