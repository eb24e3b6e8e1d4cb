package data

// importEngine is what an import does differently on each engine.
type importEngine interface {
	// idKey is the key column of a temporary table of the book's ids.
	idKey() string
	// spoolDir is the folder where an import keeps a copy of a file it
	// cannot read twice, such as a pipe; "" is the system's.
	spoolDir(location string) string
}
