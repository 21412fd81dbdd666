class PoolExhausted(Exception):
    pass


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.used = set()
        self.events = []

    def acquire(self):
        return _Lease(self)


class _Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise PoolExhausted("no free connections")
        self.conn = self.pool.free.pop(0)
        self.pool.used.add(self.conn)
        self.pool.events.append("+" + self.conn)
        return self.conn

    def __exit__(self, et, ev, tb):
        self.pool.used.discard(self.conn)
        self.pool.free.append(self.conn)
        self.pool.events.append("-" + self.conn + ("!" if et else ""))
        return False


pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print(a, b, sorted(pool.used))
        try:
            with pool.acquire() as c:
                print("never", c)
        except PoolExhausted as e:
            print("PoolExhausted:", e)
print(pool.free, pool.used)
try:
    with pool.acquire() as a, pool.acquire() as b:
        raise RuntimeError("query failed on " + b)
except RuntimeError as e:
    print(e)
print(pool.events, pool.free)


def run_jobs(jobs):
    done = []
    for j in jobs:
        with pool.acquire() as conn:
            if j < 0:
                continue
            if j == 0:
                break
            done.append((conn, j))
    return done


print(run_jobs([1, -1, 2, 0, 3]), len(pool.free))
