from typing import TypedDict


class Assignment(TypedDict):
    bucket: list[int]
    group: list[int]


def ab_assign(user_ids: list[int], traffic_split: float) -> Assignment:
    """Return each user's bucket (FNV-1a 32-bit of the decimal id, mod 100) and group (0 control, 1 treatment)."""
    # TODO: hash str(id) with FNV-1a, keep h within 32 bits, then split the buckets
    return {"bucket": [0] * len(user_ids), "group": [0] * len(user_ids)}
