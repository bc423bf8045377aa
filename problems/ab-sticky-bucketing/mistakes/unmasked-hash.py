# expect: wrong_answer
# mistake: never reduces the hash modulo 2**32, so Python's big integers keep growing and the buckets differ
# caught-by: random 2
def ab_assign(user_ids, traffic_split):
    if not (0 <= traffic_split <= 1):
        raise ValueError("bad split")
    bucket = []
    for i in user_ids:
        h = 0x811C9DC5
        for b in str(i).encode():
            h = (h ^ b) * 16777619
        bucket.append(h % 100)
    return {"bucket": bucket, "group": [0 if b / 100 < traffic_split else 1 for b in bucket]}
