# An inventory with products, orders, generators for reports, and context-managed transactions.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (sku, wanted, have))
        self.sku = sku
class Product:
    def __init__(self, sku, name, price_cents, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty
    def __repr__(self):
        return "Product(%r, qty=%d)" % (self.sku, self.qty)
class Transaction:
    def __init__(self, inventory):
        self.inv = inventory
    def __enter__(self):
        self.snapshot = {sku: p.qty for sku, p in self.inv.products.items()}
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for sku, qty in self.snapshot.items():
                self.inv.products[sku].qty = qty
            print("  rolled back because", exc)
            return exc_type is OutOfStock
        return False
class Inventory:
    def __init__(self):
        self.products = {}
    def add(self, *products):
        for p in products:
            self.products[p.sku] = p
    def take(self, sku, n):
        p = self.products[sku]
        if p.qty < n:
            raise OutOfStock(sku, n, p.qty)
        p.qty -= n
        return p.price * n
    def order(self, lines):
        with Transaction(self):
            total = 0
            for sku, n in lines:
                total += self.take(sku, n)
            print("  order ok, total %d.%02d" % divmod(total, 100))
            return total
        return None
    def low_stock(self, limit):
        for p in sorted(self.products.values(), key=lambda p: (p.qty, p.sku)):
            if p.qty <= limit:
                yield p
inv = Inventory()
inv.add(Product("A1", "bolt", 25, 100), Product("B2", "nut", 10, 500), Product("C3", "gear", 1999, 3))
print(inv.order([("A1", 10), ("C3", 2)]))
print(inv.order([("B2", 50), ("C3", 2)]))
print(sorted(inv.products.values(), key=lambda p: p.sku))
print([p.sku for p in inv.low_stock(90)])
try:
    inv.order([("Z9", 1)])
except KeyError as e:
    print("KeyError escapes the transaction:", e)
value = sum(p.price * p.qty for p in inv.products.values())
print("stock value %d.%02d" % divmod(value, 100))
