# sys.version_info and sys.float_info are named structures; sys.implementation is a namespace
import sys
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info[:2] == (sys.version_info.major, sys.version_info.minor))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(type(sys.implementation.name).__name__, sys.implementation.version[0])
