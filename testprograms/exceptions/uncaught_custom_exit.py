# sys.exit with an int status and with a message; finally blocks still run.
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally runs before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
main()
print("never")
