import math
try:
    print('len(str(10**5000))', "=>", repr(len(str(10**5000))))
except Exception as e:
    print('len(str(10**5000))', "=>", type(e).__name__, e)
try:
    print("int('1'*5000)", "=>", repr(int('1'*5000)))
except Exception as e:
    print("int('1'*5000)", "=>", type(e).__name__, e)
try:
    print("'a\x1cb\x1dc\x1ed\x1ff'.split()", "=>", repr('abcdf'.split()))
except Exception as e:
    print("'a\x1cb\x1dc\x1ed\x1ff'.split()", "=>", type(e).__name__, e)
try:
    print("'a\x85b'.split()", "=>", repr('ab'.split()))
except Exception as e:
    print("'a\x85b'.split()", "=>", type(e).__name__, e)
try:
    print("[1,2].insert('x', 1)", "=>", repr([1,2].insert('x', 1)))
except Exception as e:
    print("[1,2].insert('x', 1)", "=>", type(e).__name__, e)
try:
    print("'abc'[float(1)]", "=>", repr('abc'[float(1)]))
except Exception as e:
    print("'abc'[float(1)]", "=>", type(e).__name__, e)
try:
    print('[1,2,3][1:2.0]', "=>", repr([1,2,3][1:2.0]))
except Exception as e:
    print('[1,2,3][1:2.0]', "=>", type(e).__name__, e)
try:
    print("(1,2)[len('12345')]", "=>", repr((1,2)[len('12345')]))
except Exception as e:
    print("(1,2)[len('12345')]", "=>", type(e).__name__, e)
try:
    print("'%.3s' % 12345", "=>", repr('%.3s' % 12345))
except Exception as e:
    print("'%.3s' % 12345", "=>", type(e).__name__, e)
try:
    print("'%5.1s|' % 'abc'", "=>", repr('%5.1s|' % 'abc'))
except Exception as e:
    print("'%5.1s|' % 'abc'", "=>", type(e).__name__, e)
try:
    print("'%d' % 1e20", "=>", repr('%d' % 1e20))
except Exception as e:
    print("'%d' % 1e20", "=>", type(e).__name__, e)
try:
    print("'%x' % 255.0", "=>", repr('%x' % 255.0))
except Exception as e:
    print("'%x' % 255.0", "=>", type(e).__name__, e)
try:
    print("'%c' % 1114112", "=>", repr('%c' % 1114112))
except Exception as e:
    print("'%c' % 1114112", "=>", type(e).__name__, e)
try:
    print("'%s %s' % ('a',)", "=>", repr('%s %s' % ('a',)))
except Exception as e:
    print("'%s %s' % ('a',)", "=>", type(e).__name__, e)
try:
    print("'%d %d' % (1,2,3)", "=>", repr('%d %d' % (1,2,3)))
except Exception as e:
    print("'%d %d' % (1,2,3)", "=>", type(e).__name__, e)
try:
    print('str(list(range(3))) * 2', "=>", repr(str(list(range(3))) * 2))
except Exception as e:
    print('str(list(range(3))) * 2', "=>", type(e).__name__, e)
try:
    print("'x'.join('')", "=>", repr('x'.join('')))
except Exception as e:
    print("'x'.join('')", "=>", type(e).__name__, e)
try:
    print("' '.join(['a'])", "=>", repr(' '.join(['a'])))
except Exception as e:
    print("' '.join(['a'])", "=>", type(e).__name__, e)
try:
    print('[0] * -1', "=>", repr([0] * -1))
except Exception as e:
    print('[0] * -1', "=>", type(e).__name__, e)
try:
    print("list('') == []", "=>", repr(list('') == []))
except Exception as e:
    print("list('') == []", "=>", type(e).__name__, e)
try:
    print("'a'.split(None, -5)", "=>", repr('a'.split(None, -5)))
except Exception as e:
    print("'a'.split(None, -5)", "=>", type(e).__name__, e)
try:
    print("'  a b  '.rsplit(' ')", "=>", repr('  a b  '.rsplit(' ')))
except Exception as e:
    print("'  a b  '.rsplit(' ')", "=>", type(e).__name__, e)
try:
    print("'abc'.startswith(('',))", "=>", repr('abc'.startswith(('',))))
except Exception as e:
    print("'abc'.startswith(('',))", "=>", type(e).__name__, e)
try:
    print("'aXbXc'.split('X', 0)", "=>", repr('aXbXc'.split('X', 0)))
except Exception as e:
    print("'aXbXc'.split('X', 0)", "=>", type(e).__name__, e)
try:
    print("'aXbXc'.rsplit('X', 1)", "=>", repr('aXbXc'.rsplit('X', 1)))
except Exception as e:
    print("'aXbXc'.rsplit('X', 1)", "=>", type(e).__name__, e)
try:
    print("'AbC'.swapcase()", "=>", repr('AbC'.swapcase()))
except Exception as e:
    print("'AbC'.swapcase()", "=>", type(e).__name__, e)
try:
    print("'hello'.index('l', -2)", "=>", repr('hello'.index('l', -2)))
except Exception as e:
    print("'hello'.index('l', -2)", "=>", type(e).__name__, e)
try:
    print("'hello'.rfind('l', -2, -1)", "=>", repr('hello'.rfind('l', -2, -1)))
except Exception as e:
    print("'hello'.rfind('l', -2, -1)", "=>", type(e).__name__, e)
try:
    print("'10'.zfill(-1)", "=>", repr('10'.zfill(-1)))
except Exception as e:
    print("'10'.zfill(-1)", "=>", type(e).__name__, e)
try:
    print("'a'.center(0)", "=>", repr('a'.center(0)))
except Exception as e:
    print("'a'.center(0)", "=>", type(e).__name__, e)
try:
    print("'1,234'.replace(',', '')", "=>", repr('1,234'.replace(',', '')))
except Exception as e:
    print("'1,234'.replace(',', '')", "=>", type(e).__name__, e)
try:
    print("'x'.ljust(3, 'ab')", "=>", repr('x'.ljust(3, 'ab')))
except Exception as e:
    print("'x'.ljust(3, 'ab')", "=>", type(e).__name__, e)
try:
    print("int('+_1')", "=>", repr(int('+_1')))
except Exception as e:
    print("int('+_1')", "=>", type(e).__name__, e)
try:
    print("int('0_0')", "=>", repr(int('0_0')))
except Exception as e:
    print("int('0_0')", "=>", type(e).__name__, e)
try:
    print("int('00', 0)", "=>", repr(int('00', 0)))
except Exception as e:
    print("int('00', 0)", "=>", type(e).__name__, e)
try:
    print("int('010', 0)", "=>", repr(int('010', 0)))
except Exception as e:
    print("int('010', 0)", "=>", type(e).__name__, e)
try:
    print("float('  -.5e-2  ')", "=>", repr(float('  -.5e-2  ')))
except Exception as e:
    print("float('  -.5e-2  ')", "=>", type(e).__name__, e)
try:
    print("float('infinity')", "=>", repr(float('infinity')))
except Exception as e:
    print("float('infinity')", "=>", type(e).__name__, e)
try:
    print("float('+nan')", "=>", repr(float('+nan')))
except Exception as e:
    print("float('+nan')", "=>", type(e).__name__, e)
try:
    print("float('1_2.3_4')", "=>", repr(float('1_2.3_4')))
except Exception as e:
    print("float('1_2.3_4')", "=>", type(e).__name__, e)
try:
    print("float('1__2')", "=>", repr(float('1__2')))
except Exception as e:
    print("float('1__2')", "=>", type(e).__name__, e)
try:
    print("int(' \u2003 7 \u2003')", "=>", repr(int('   7  ')))
except Exception as e:
    print("int(' \u2003 7 \u2003')", "=>", type(e).__name__, e)
try:
    print('round(0.5 + 1e-16)', "=>", repr(round(0.5 + 1e-16)))
except Exception as e:
    print('round(0.5 + 1e-16)', "=>", type(e).__name__, e)
try:
    print('round(2.5000000001)', "=>", repr(round(2.5000000001)))
except Exception as e:
    print('round(2.5000000001)', "=>", type(e).__name__, e)
try:
    print('round(-2.5)', "=>", repr(round(-2.5)))
except Exception as e:
    print('round(-2.5)', "=>", type(e).__name__, e)
try:
    print('round(1e16 + 1.5)', "=>", repr(round(1e16 + 1.5)))
except Exception as e:
    print('round(1e16 + 1.5)', "=>", type(e).__name__, e)
try:
    print('10 // 3.5', "=>", repr(10 // 3.5))
except Exception as e:
    print('10 // 3.5', "=>", type(e).__name__, e)
try:
    print('-10 // 3.5', "=>", repr(-10 // 3.5))
except Exception as e:
    print('-10 // 3.5', "=>", type(e).__name__, e)
try:
    print('10 % -3.5', "=>", repr(10 % -3.5))
except Exception as e:
    print('10 % -3.5', "=>", type(e).__name__, e)
try:
    print('7.0 // 0.1', "=>", repr(7.0 // 0.1))
except Exception as e:
    print('7.0 // 0.1', "=>", type(e).__name__, e)
try:
    print('7.0 % 0.1', "=>", repr(7.0 % 0.1))
except Exception as e:
    print('7.0 % 0.1', "=>", type(e).__name__, e)
try:
    print('divmod(7, 0.1)', "=>", repr(divmod(7, 0.1)))
except Exception as e:
    print('divmod(7, 0.1)', "=>", type(e).__name__, e)
try:
    print('0.1 * 3 // 0.1', "=>", repr(0.1 * 3 // 0.1))
except Exception as e:
    print('0.1 * 3 // 0.1', "=>", type(e).__name__, e)
try:
    print('-0.0 // 5', "=>", repr(-0.0 // 5))
except Exception as e:
    print('-0.0 // 5', "=>", type(e).__name__, e)
try:
    print('sum([0.1]*3) == 0.3', "=>", repr(sum([0.1]*3) == 0.3))
except Exception as e:
    print('sum([0.1]*3) == 0.3', "=>", type(e).__name__, e)
try:
    print('sorted([[2], [1, 2], [1]])', "=>", repr(sorted([[2], [1, 2], [1]])))
except Exception as e:
    print('sorted([[2], [1, 2], [1]])', "=>", type(e).__name__, e)
try:
    print("sorted([(1, 'b'), (1, 'a', 0)])", "=>", repr(sorted([(1, 'b'), (1, 'a', 0)])))
except Exception as e:
    print("sorted([(1, 'b'), (1, 'a', 0)])", "=>", type(e).__name__, e)
try:
    print('[3, 1] < [3, 1, 0]', "=>", repr([3, 1] < [3, 1, 0]))
except Exception as e:
    print('[3, 1] < [3, 1, 0]', "=>", type(e).__name__, e)
try:
    print('(1, 2) < (1, 2.5)', "=>", repr((1, 2) < (1, 2.5)))
except Exception as e:
    print('(1, 2) < (1, 2.5)', "=>", type(e).__name__, e)
try:
    print("[1, 'a'] < [1, 'b']", "=>", repr([1, 'a'] < [1, 'b']))
except Exception as e:
    print("[1, 'a'] < [1, 'b']", "=>", type(e).__name__, e)
try:
    print("max('abc', 'abd', key=len)", "=>", repr(max('abc', 'abd', key=len)))
except Exception as e:
    print("max('abc', 'abd', key=len)", "=>", type(e).__name__, e)
try:
    print('min([], default=None)', "=>", repr(min([], default=None)))
except Exception as e:
    print('min([], default=None)', "=>", type(e).__name__, e)
try:
    print('min(1, 2, key=None)', "=>", repr(min(1, 2, key=None)))
except Exception as e:
    print('min(1, 2, key=None)', "=>", type(e).__name__, e)
try:
    print('sum([[1]], [])', "=>", repr(sum([[1]], [])))
except Exception as e:
    print('sum([[1]], [])', "=>", type(e).__name__, e)
try:
    print("list(zip('ab', 'cde', strict=False))", "=>", repr(list(zip('ab', 'cde', strict=False))))
except Exception as e:
    print("list(zip('ab', 'cde', strict=False))", "=>", type(e).__name__, e)
try:
    print("list(enumerate('ab', start=-1))", "=>", repr(list(enumerate('ab', start=-1))))
except Exception as e:
    print("list(enumerate('ab', start=-1))", "=>", type(e).__name__, e)
try:
    print("dict([('a', 1)], a=2)", "=>", repr(dict([('a', 1)], a=2)))
except Exception as e:
    print("dict([('a', 1)], a=2)", "=>", type(e).__name__, e)
try:
    print("{1: 'a', True: 'b', 1.0: 'c'}", "=>", repr({1: 'a', True: 'b', 1.0: 'c'}))
except Exception as e:
    print("{1: 'a', True: 'b', 1.0: 'c'}", "=>", type(e).__name__, e)
try:
    print("list({'b': 1, 'a': 2}.items())", "=>", repr(list({'b': 1, 'a': 2}.items())))
except Exception as e:
    print("list({'b': 1, 'a': 2}.items())", "=>", type(e).__name__, e)
try:
    print("{'a': [1]} == {'a': [1]}", "=>", repr({'a': [1]} == {'a': [1]}))
except Exception as e:
    print("{'a': [1]} == {'a': [1]}", "=>", type(e).__name__, e)
try:
    print('{1: 2}.get(1, 3)', "=>", repr({1: 2}.get(1, 3)))
except Exception as e:
    print('{1: 2}.get(1, 3)', "=>", type(e).__name__, e)
try:
    print("{}.setdefault('k', 5)", "=>", repr({}.setdefault('k', 5)))
except Exception as e:
    print("{}.setdefault('k', 5)", "=>", type(e).__name__, e)
try:
    print('dict.fromkeys if False else 0', "=>", repr(dict.fromkeys if False else 0))
except Exception as e:
    print('dict.fromkeys if False else 0', "=>", type(e).__name__, e)
try:
    print("[(k, v) for k, v in sorted({3: 'c', 1: 'a'}.items())]", "=>", repr([(k, v) for k, v in sorted({3: 'c', 1: 'a'}.items())]))
except Exception as e:
    print("[(k, v) for k, v in sorted({3: 'c', 1: 'a'}.items())]", "=>", type(e).__name__, e)
try:
    print("repr({'a': {'b': ()}})", "=>", repr(repr({'a': {'b': ()}})))
except Exception as e:
    print("repr({'a': {'b': ()}})", "=>", type(e).__name__, e)
try:
    print('str((1,))', "=>", repr(str((1,))))
except Exception as e:
    print('str((1,))', "=>", type(e).__name__, e)
try:
    print('str(())', "=>", repr(str(())))
except Exception as e:
    print('str(())', "=>", type(e).__name__, e)
try:
    print('tuple([1]) + (2,)', "=>", repr(tuple([1]) + (2,)))
except Exception as e:
    print('tuple([1]) + (2,)', "=>", type(e).__name__, e)
try:
    print('(1,) * 3', "=>", repr((1,) * 3))
except Exception as e:
    print('(1,) * 3', "=>", type(e).__name__, e)
try:
    print('hash((1, 2)) == hash((1.0, 2.0))', "=>", repr(hash((1, 2)) == hash((1.0, 2.0))))
except Exception as e:
    print('hash((1, 2)) == hash((1.0, 2.0))', "=>", type(e).__name__, e)
try:
    print('(1, [2]) == (1, [2])', "=>", repr((1, [2]) == (1, [2])))
except Exception as e:
    print('(1, [2]) == (1, [2])', "=>", type(e).__name__, e)
try:
    print('[1, (2, 3)].index((2, 3))', "=>", repr([1, (2, 3)].index((2, 3))))
except Exception as e:
    print('[1, (2, 3)].index((2, 3))', "=>", type(e).__name__, e)
try:
    print("'%s' % ((1,),)", "=>", repr('%s' % ((1,),)))
except Exception as e:
    print("'%s' % ((1,),)", "=>", type(e).__name__, e)
try:
    print("'%s' % [1, (2,)]", "=>", repr('%s' % [1, (2,)]))
except Exception as e:
    print("'%s' % [1, (2,)]", "=>", type(e).__name__, e)
try:
    print('isinstance(True, int)', "=>", repr(isinstance(True, int)))
except Exception as e:
    print('isinstance(True, int)', "=>", type(e).__name__, e)
try:
    print('isinstance(1, bool)', "=>", repr(isinstance(1, bool)))
except Exception as e:
    print('isinstance(1, bool)', "=>", type(e).__name__, e)
try:
    print('isinstance([], (tuple, (dict, list)))', "=>", repr(isinstance([], (tuple, (dict, list)))))
except Exception as e:
    print('isinstance([], (tuple, (dict, list)))', "=>", type(e).__name__, e)
try:
    print('type(1 / 1).__name__', "=>", repr(type(1 / 1).__name__))
except Exception as e:
    print('type(1 / 1).__name__', "=>", type(e).__name__, e)
try:
    print('type(10 ** -1).__name__', "=>", repr(type(10 ** -1).__name__))
except Exception as e:
    print('type(10 ** -1).__name__', "=>", type(e).__name__, e)
try:
    print('type(divmod(1, 1)).__name__', "=>", repr(type(divmod(1, 1)).__name__))
except Exception as e:
    print('type(divmod(1, 1)).__name__', "=>", type(e).__name__, e)
try:
    print('abs(-2 ** 63)', "=>", repr(abs(-2 ** 63)))
except Exception as e:
    print('abs(-2 ** 63)', "=>", type(e).__name__, e)
try:
    print('-(2 ** 63) // -1', "=>", repr(-(2 ** 63) // -1))
except Exception as e:
    print('-(2 ** 63) // -1', "=>", type(e).__name__, e)
try:
    print('(-2 ** 63) % -1', "=>", repr((-2 ** 63) % -1))
except Exception as e:
    print('(-2 ** 63) % -1', "=>", type(e).__name__, e)
try:
    print('2 ** 63 * 2 ** 63', "=>", repr(2 ** 63 * 2 ** 63))
except Exception as e:
    print('2 ** 63 * 2 ** 63', "=>", type(e).__name__, e)
try:
    print('(2 ** 64) // (2 ** 32)', "=>", repr((2 ** 64) // (2 ** 32)))
except Exception as e:
    print('(2 ** 64) // (2 ** 32)', "=>", type(e).__name__, e)
try:
    print('-7 >> 1', "=>", repr(-7 >> 1))
except Exception as e:
    print('-7 >> 1', "=>", type(e).__name__, e)
try:
    print('-(2 ** 100) >> 99', "=>", repr(-(2 ** 100) >> 99))
except Exception as e:
    print('-(2 ** 100) >> 99', "=>", type(e).__name__, e)
try:
    print('1 << 64', "=>", repr(1 << 64))
except Exception as e:
    print('1 << 64', "=>", type(e).__name__, e)
try:
    print('(1 << 63) - 1 + 1', "=>", repr((1 << 63) - 1 + 1))
except Exception as e:
    print('(1 << 63) - 1 + 1', "=>", type(e).__name__, e)
try:
    print("int('9' * 25) + 1", "=>", repr(int('9' * 25) + 1))
except Exception as e:
    print("int('9' * 25) + 1", "=>", type(e).__name__, e)
try:
    print("int('-9' * 1 + '9' * 20) - 1", "=>", repr(int('-9' * 1 + '9' * 20) - 1))
except Exception as e:
    print("int('-9' * 1 + '9' * 20) - 1", "=>", type(e).__name__, e)
try:
    print('str(-2 ** 63)', "=>", repr(str(-2 ** 63)))
except Exception as e:
    print('str(-2 ** 63)', "=>", type(e).__name__, e)
try:
    print("'%d' % -2 ** 63", "=>", repr('%d' % -2 ** 63))
except Exception as e:
    print("'%d' % -2 ** 63", "=>", type(e).__name__, e)
try:
    print("f'{-2 ** 63:,}'", "=>", repr(f'{-2 ** 63:,}'))
except Exception as e:
    print("f'{-2 ** 63:,}'", "=>", type(e).__name__, e)
try:
    print("f'{2 ** 64:x}'", "=>", repr(f'{2 ** 64:x}'))
except Exception as e:
    print("f'{2 ** 64:x}'", "=>", type(e).__name__, e)
try:
    print("f'{-2 ** 64:b}'", "=>", repr(f'{-2 ** 64:b}'))
except Exception as e:
    print("f'{-2 ** 64:b}'", "=>", type(e).__name__, e)
try:
    print("f'{2 ** 100:e}'", "=>", repr(f'{2 ** 100:e}'))
except Exception as e:
    print("f'{2 ** 100:e}'", "=>", type(e).__name__, e)
try:
    print("f'{10 ** 20:.3g}'", "=>", repr(f'{10 ** 20:.3g}'))
except Exception as e:
    print("f'{10 ** 20:.3g}'", "=>", type(e).__name__, e)
try:
    print("f'{10 ** 25:f}'", "=>", repr(f'{10 ** 25:f}'))
except Exception as e:
    print("f'{10 ** 25:f}'", "=>", type(e).__name__, e)
try:
    print("f'{12345:.2}'", "=>", repr(f'{12345:.2}'))
except Exception as e:
    print("f'{12345:.2}'", "=>", type(e).__name__, e)
try:
    print("f'{1.5:10}'", "=>", repr(f'{1.5:10}'))
except Exception as e:
    print("f'{1.5:10}'", "=>", type(e).__name__, e)
try:
    print("f'{1.5:<10}|'", "=>", repr(f'{1.5:<10}|'))
except Exception as e:
    print("f'{1.5:<10}|'", "=>", type(e).__name__, e)
try:
    print('f\'{"x":10}|\'', "=>", repr(f'{"x":10}|'))
except Exception as e:
    print('f\'{"x":10}|\'', "=>", type(e).__name__, e)
try:
    print("f'{12:10}|'", "=>", repr(f'{12:10}|'))
except Exception as e:
    print("f'{12:10}|'", "=>", type(e).__name__, e)
try:
    print("f'{True:10}|'", "=>", repr(f'{True:10}|'))
except Exception as e:
    print("f'{True:10}|'", "=>", type(e).__name__, e)
try:
    print("f'{None:10}|'", "=>", repr(f'{None:10}|'))
except Exception as e:
    print("f'{None:10}|'", "=>", type(e).__name__, e)
