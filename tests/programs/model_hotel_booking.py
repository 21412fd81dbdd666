class BookingError(Exception):
    pass


class Room:
    def __init__(self, number, kind, rate):
        self.number, self.kind, self.rate = number, kind, rate
        self.nights = set()

    def free(self, start, end):
        return not any(d in self.nights for d in range(start, end))

    def __repr__(self):
        return f"Room({self.number}, {self.kind})"


class Hotel:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}
        self.bookings = []

    def book(self, guest, kind, start, end):
        if end <= start:
            raise BookingError(f"{guest}: empty stay {start}-{end}")
        options = sorted((r for r in self.rooms.values() if r.kind == kind and r.free(start, end)),
                         key=lambda r: (r.rate, r.number))
        if not options:
            raise BookingError(f"{guest}: no {kind} room for nights {start}-{end - 1}")
        room = options[0]
        room.nights.update(range(start, end))
        cost = room.rate * (end - start)
        if end - start >= 5:
            cost *= 0.9
        self.bookings.append((guest, room.number, start, end, round(cost, 2)))
        return room.number, round(cost, 2)

    def occupancy(self, night):
        return sum(night in r.nights for r in self.rooms.values()) / len(self.rooms)


h = Hotel([Room(101, "single", 80), Room(102, "single", 75), Room(201, "double", 120), Room(202, "double", 130),
           Room(301, "suite", 300)])
requests = [("ann", "single", 1, 4), ("bob", "single", 2, 3), ("cy", "single", 3, 5), ("dee", "double", 1, 8),
            ("eve", "suite", 2, 2), ("fox", "double", 4, 6), ("gus", "double", 5, 7), ("hal", "suite", 6, 9)]
for req in requests:
    try:
        print(req[0], "->", h.book(*req))
    except BookingError as e:
        print("BookingError:", e)
print([f"{h.occupancy(n):.0%}" for n in range(1, 10)])
revenue = sum(b[-1] for b in h.bookings)
print(f"revenue {revenue:,.2f}", sorted({b[1] for b in h.bookings}))
