"""A translation's questions and journal prompts share their original's block ids.

A member's answers and reflections belong to a lesson's translation group and are matched to
a block by its id (learning/selectors.py, learning/services.py). Wagtail's "Translate" copies
the ids with the page; content loaded from files (the demo) gets them here: the n-th knowledge
check or reflection prompt of the translation takes the id of the n-th one of the original.
Other blocks keep their own ids, so a translation may add callouts or examples of its own.
"""

SHARED_BLOCK_TYPES = ("knowledge_check", "reflection_prompt")


def with_original_block_ids(translated: list[dict], original) -> list[dict]:
    """`translated` (raw blocks) with the ids of `original`'s (a StreamValue or raw blocks)
    questions and prompts, type by type and in order."""
    ids: dict[str, list[str]] = {block_type: [] for block_type in SHARED_BLOCK_TYPES}
    for block in original.raw_data if hasattr(original, "raw_data") else original:
        if block["type"] in ids and block.get("id"):
            ids[block["type"]].append(block["id"])
    seen = dict.fromkeys(SHARED_BLOCK_TYPES, 0)
    aligned = []
    for block in translated:
        block_type = block["type"]
        if block_type in ids and seen[block_type] < len(ids[block_type]):
            block = {**block, "id": ids[block_type][seen[block_type]]}
            seen[block_type] += 1
        aligned.append(block)
    return aligned
