class NotAvailable(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.loans = []

    @property
    def available(self):
        return self.copies - len(self.loans)

    def __repr__(self):
        return f"<{self.title} by {self.author}: {self.available}/{self.copies}>"


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Premium(Member):
    limit = 4


class Library:
    def __init__(self):
        self.books = {}
        self.log = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def lend(self, isbn, member, day):
        b = self.books[isbn]
        if b.available <= 0:
            raise NotAvailable(f"{b.title!r} is out")
        if len(member.books) >= member.limit:
            raise NotAvailable(f"{member.name} reached limit {member.limit}")
        b.loans.append((member.name, day))
        member.books.append(isbn)
        self.log.append((day, "lend", isbn, member.name))

    def give_back(self, isbn, member, day):
        b = self.books[isbn]
        loan = next(l for l in b.loans if l[0] == member.name)
        b.loans.remove(loan)
        member.books.remove(isbn)
        late = max(0, day - loan[1] - 14)
        self.log.append((day, "return", isbn, member.name))
        return late * 0.25

    def search(self, text):
        t = text.lower()
        return sorted((b for b in self.books.values() if t in b.title.lower() or t in b.author.lower()),
                      key=lambda b: b.title)


lib = Library()
lib.add(Book("1", "Dune", "Herbert", 2), Book("2", "Emma", "Austen"), Book("3", "Persuasion", "Austen"),
        Book("4", "Neuromancer", "Gibson"))
ann, bob = Member("ann"), Premium("bob")
ops = [("lend", "1", ann, 1), ("lend", "2", ann, 2), ("lend", "3", ann, 3), ("lend", "2", bob, 3),
       ("lend", "1", bob, 4), ("lend", "1", bob, 5), ("return", "2", ann, 30), ("lend", "2", bob, 31)]
for op, isbn, m, day in ops:
    try:
        if op == "lend":
            lib.lend(isbn, m, day)
            print(day, m, "borrowed", lib.books[isbn].title)
        else:
            print(day, m, "returned", isbn, "fine", lib.give_back(isbn, m, day))
    except NotAvailable as e:
        print(day, "refused:", e)
print(sorted(lib.books.values(), key=lambda b: b.isbn))
print(lib.search("austen"), lib.search("NEURO"), lib.search("zzz"))
print(ann.books, bob.books, len(lib.log))
