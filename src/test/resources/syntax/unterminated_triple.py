x = """abc
de
