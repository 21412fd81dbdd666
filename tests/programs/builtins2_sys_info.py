import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.float_info[0] == sys.float_info.max, len(sys.float_info), sys.float_info.max_exp, sys.float_info.radix)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
m, e, d = sys.float_info.max, sys.float_info.max_exp, sys.float_info.dig
print(m, e, d, isinstance(sys.float_info, tuple))
