# The sys module (granted): the attributes the sandbox provides.
import sys
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__, sys.maxsize)
print(sys.version_info[0], sys.version_info[0] >= 3, len(sys.version_info) >= 2)
print(type(sys.argv).__name__, isinstance(sys.argv, list))
print(sys.maxsize + 1, -sys.maxsize - 1, sys.maxsize * 2 + 1 == 2 ** 64 - 1, hash(sys.maxsize) == sys.maxsize)
print(isinstance(sys.platform, str))
