class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        seen, order, queue = {start}, [], [start]
        while queue:
            n = queue.pop(0)
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    queue.append(m)
        return order

    def dfs(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for m in sorted(self.adj[start]):
            if m not in seen:
                self.dfs(m, seen)
        return seen

    def dijkstra(self, src):
        dist = {n: float("inf") for n in self.adj}
        prev = {}
        dist[src] = 0
        todo = set(self.adj)
        while todo:
            u = min(todo, key=lambda n: (dist[n], n))
            todo.remove(u)
            for v, w in self.adj[u].items():
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    prev[v] = u
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return dist[dst], p[::-1]

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n not in seen:
                c = self.bfs(n)
                seen.update(c)
                comps.append(sorted(c))
        return comps


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5), ("C", "D", 8), ("C", "E", 10),
                ("D", "E", 2), ("D", "F", 6), ("E", "F", 2), ("X", "Y", 1)]:
    g.add_edge(a, b, w)
print(g.nodes())
print(g.bfs("A"), g.dfs("A"))
d, _ = g.dijkstra("A")
print(sorted((k, v) for k, v in d.items()))
print(g.path("A", "F"), g.path("F", "A"))
print(g.components())
deg = {n: len(g.adj[n]) for n in g.nodes()}
print(deg, max(deg, key=lambda n: (deg[n], n)))
