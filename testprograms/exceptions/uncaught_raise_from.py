# raise ... from ...: the traceback shows the cause first and "direct cause".
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e
settings = {"a": 1}
print(load(settings, "a"))
load(settings, "b")
