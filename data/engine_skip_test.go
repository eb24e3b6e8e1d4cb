package data

// notOnPostgres names the tests the run on PostgreSQL leaves out, each
// with the reason: those about the book's file itself, which a server
// book has not, and those whose part of the store does not work on a
// server yet.
var notOnPostgres = map[string]string{}
