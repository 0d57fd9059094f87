'\N{DASH}'
