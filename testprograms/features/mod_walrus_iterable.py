x = [v for v in (y := [1, 2])]
