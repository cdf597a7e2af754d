# A file named like the standard library's queue module, beside the program.
