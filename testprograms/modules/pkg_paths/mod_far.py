print("far away", __name__, __package__)
WHERE = "pkg_paths"
