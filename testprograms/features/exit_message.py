import sys
print("about to exit")
sys.exit("fatal: message to stderr")
