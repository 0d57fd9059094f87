# An everyday script: read a CSV of sales, summarise it with dataclasses, collections, statistics,
# and write the summary as JSON and as a wrapped text report.
import csv
import io
import json
import os
import statistics
import textwrap
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Dict, List

CSV_TEXT = """date,region,product,units,unit_price
2026-01-03,north,widget,12,2.50
2026-01-03,south,gadget,3,10.00
2026-01-04,north,gadget,5,9.50
2026-01-05,east,widget,20,2.40
2026-01-05,south,widget,7,2.55
2026-01-06,east,doohickey,1,99.99
2026-01-07,north,widget,9,2.50
2026-01-07,west,gadget,4,10.25
"""


@dataclass(order=True)
class Sale:
    date: str
    region: str
    product: str
    units: int
    unit_price: float

    @property
    def total(self) -> float:
        return round(self.units * self.unit_price, 2)


@dataclass
class Summary:
    sales: int = 0
    revenue: float = 0.0
    by_region: Dict[str, float] = field(default_factory=dict)
    top_products: List[str] = field(default_factory=list)
    median_sale: float = 0.0


def load(path: str) -> List[Sale]:
    with open(path, newline="") as f:
        return [Sale(r["date"], r["region"], r["product"], int(r["units"]), float(r["unit_price"]))
                for r in csv.DictReader(f)]


def summarise(sales: List[Sale]) -> Summary:
    by_region = defaultdict(float)
    units = Counter()
    for s in sales:
        by_region[s.region] += s.total
        units[s.product] += s.units
    return Summary(
        sales=len(sales),
        revenue=round(sum(s.total for s in sales), 2),
        by_region={k: round(v, 2) for k, v in sorted(by_region.items())},
        top_products=[name for name, _ in units.most_common(2)],
        median_sale=statistics.median(s.total for s in sales),
    )


path = "_scratch_sales.csv"
with open(path, "w", newline="") as f:
    f.write(CSV_TEXT)
try:
    sales = load(path)
finally:
    os.remove(path)
summary = summarise(sales)
print(json.dumps(asdict(summary), indent=2, sort_keys=True))
print(max(sales), min(sales).date)
report = (f"{summary.sales} sales brought {summary.revenue:.2f} in total; the best region was "
          f"{max(summary.by_region, key=summary.by_region.get)} and the best sellers were "
          f"{', '.join(summary.top_products)}. The median sale was {summary.median_sale:.2f}, "
          f"the mean {statistics.mean(s.total for s in sales):.2f} (stdev "
          f"{statistics.stdev(s.total for s in sales):.2f}).")
print(textwrap.fill(report, width=50, initial_indent="  ", subsequent_indent="  "))
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue"])
writer.writerows(summary.by_region.items())
print(out.getvalue(), end="")
