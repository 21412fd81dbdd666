from bisect import bisect_left
import heapq


def rank(sorted_values, x):
    return bisect_left(sorted_values, x)


def smallest(values, n):
    return heapq.nsmallest(n, values)
