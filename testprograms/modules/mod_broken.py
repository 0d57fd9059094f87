# Helper module that fails while being imported.
print("mod_broken starts")
value = 1
raise ValueError("mod_broken cannot be imported")
