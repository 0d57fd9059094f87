print("lazy loaded", __name__)
