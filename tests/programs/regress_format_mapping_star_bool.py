print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%.*f" % (3, 2.718281828))
print(f"{False:5}|{True:>5}|")
