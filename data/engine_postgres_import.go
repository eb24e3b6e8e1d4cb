package data

// idKey: PostgreSQL's INTEGER has 32 bits; the book's ids have 64.
func (postgresEngine) idKey() string { return "BIGINT PRIMARY KEY" }

// spoolDir: a server book has no folder of its own here.
func (postgresEngine) spoolDir(string) string { return "" }
