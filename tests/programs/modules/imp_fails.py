print("imp_fails: running")
count = 1
raise ValueError("imp_fails cannot be imported")
