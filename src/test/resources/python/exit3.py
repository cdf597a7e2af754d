print("before")
import sys
sys.exit(3)
