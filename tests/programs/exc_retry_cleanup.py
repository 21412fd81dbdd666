import random

random.seed(3)


class TransientError(Exception):
    pass


class GaveUp(Exception):
    pass


class FatalError(Exception):
    pass


def flaky(name):
    r = random.random()
    if r < 0.5:
        raise TransientError(f"{name} timed out ({r:.3f})")
    if r > 0.92:
        raise FatalError(f"{name} corrupted ({r:.3f})")
    return f"{name} ok ({r:.3f})"


def retry(fn, arg, attempts=4):
    log = []
    for i in range(1, attempts + 1):
        try:
            result = fn(arg)
        except TransientError as e:
            log.append(f"try {i}: {e}")
            continue
        except FatalError as e:
            log.append(f"try {i}: fatal")
            raise RuntimeError("giving up on " + arg) from e
        else:
            log.append(f"try {i}: {result}")
            return result, log
        finally:
            log.append(f"  cleanup {i}")
    raise GaveUp(f"{arg}: {attempts} attempts failed")


for job in ["alpha", "beta", "gamma", "delta", "eps", "zeta"]:
    try:
        res, log = retry(flaky, job)
        print("RESULT", res)
        print("\n".join(log))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    except GaveUp as e:
        print("GaveUp:", e)
